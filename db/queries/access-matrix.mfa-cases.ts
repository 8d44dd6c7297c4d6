// The second-step writes of the access matrix (access-matrix.test.ts): one's own authenticator app (always allowed),
// the gemeente's setting (the beheerder) and resetting someone else's app (the beheerder, on the team member).
import { newTotpSecret, totpCode } from "@/lib/auth/totp";
import { mfaCodeSchema, mfaSettingSchema, mfaSetupSchema } from "@/lib/validation/mfa";
import type { AppDatabase } from "../client";
import type { WriteCase } from "./access-matrix.cases";
import * as memberMfa from "./member-mfa";
import * as mfa from "./mfa";
import * as mfaSetting from "./mfa-setting";

type Param = string | number | null;
const value = (db: AppDatabase, sql: string, ...params: Param[]): unknown =>
  db.$client
    .prepare(sql)
    .pluck()
    .get(...params);
const exists = (db: AppDatabase, sql: string, ...params: Param[]) => value(db, sql, ...params) !== undefined;
const define = <A>(c: WriteCase<A>) => c as unknown as WriteCase;

/** Gives the account an app with a new secret, confirmed or still being set up; returns the secret. */
function withApp(db: AppDatabase, userId: number, confirmed: boolean): string {
  const secret = newTotpSecret();
  db.$client
    .prepare(
      `insert into user_totp (user_id, secret, confirmed_at) values (?, ?, ?)
       on conflict (user_id) do update set secret = excluded.secret, confirmed_at = excluded.confirmed_at,
       last_used_step = null`,
    )
    .run(userId, secret, confirmed ? Date.now() : null);
  return secret;
}

const memberOf = (db: AppDatabase, email: string) =>
  value(
    db,
    "select m.id from memberships m join users u on u.id = m.user_id where u.email = ? order by m.id limit 1",
    email,
  ) as number;

export const MFA_CASES: WriteCase[] = [
  define({
    module: "mfa",
    write: "startMfaSetup",
    on: "own account",
    action: "user.mfa_setup_started",
    prepare: ({ db, viewer }) => {
      db.$client.prepare("delete from user_totp where user_id = ?").run(viewer.userId);
      return {};
    },
    run: () => mfa.startMfaSetup(),
    written: ({ db, viewer }) =>
      exists(db, "select 1 from user_totp where user_id = ? and confirmed_at is null", viewer.userId),
  }),
  define({
    module: "mfa",
    write: "confirmMfaSetup",
    on: "own account",
    action: "user.mfa_enabled",
    prepare: ({ db, viewer }) => {
      const secret = withApp(db, viewer.userId, false);
      return { input: mfaSetupSchema.parse({ code: totpCode(secret, Date.now()) }) };
    },
    run: ({ input }) => mfa.confirmMfaSetup(input),
    written: ({ db, viewer }) =>
      exists(db, "select 1 from user_totp where user_id = ? and confirmed_at is not null", viewer.userId) &&
      value(db, "select count(*) from recovery_codes where user_id = ?", viewer.userId) === 10,
  }),
  define({
    module: "mfa",
    write: "renewRecoveryCodes",
    on: "own account",
    action: "user.mfa_recovery_codes_renewed",
    prepare: ({ db, viewer }) => {
      const secret = withApp(db, viewer.userId, true);
      return { input: mfaCodeSchema.parse({ code: totpCode(secret, Date.now()) }) };
    },
    run: ({ input }) => mfa.renewRecoveryCodes(input),
    written: ({ db, viewer }) =>
      value(db, "select count(*) from recovery_codes where user_id = ?", viewer.userId) === 10,
  }),
  define({
    module: "mfa",
    write: "turnOffMfa",
    on: "own account",
    action: "user.mfa_disabled",
    prepare: ({ db, viewer }) => {
      const secret = withApp(db, viewer.userId, true);
      return { input: mfaCodeSchema.parse({ code: totpCode(secret, Date.now()) }) };
    },
    run: ({ input }) => mfa.turnOffMfa(input),
    written: ({ db, viewer }) => !exists(db, "select 1 from user_totp where user_id = ?", viewer.userId),
  }),
  define({
    module: "mfa-setting",
    write: "setMfaRequired",
    on: "gemeente",
    action: "organisation.mfa_required_changed",
    prepare: ({ db, viewer }) => ({
      input: mfaSettingSchema.parse({
        mfaRequired: "iedereen",
        version: String(
          value(db, "select mfa_required_version from organisations where id = ?", viewer.organisationId),
        ),
      }),
    }),
    run: ({ input }) => mfaSetting.setMfaRequired(input),
    written: ({ db, viewer }) =>
      exists(db, "select 1 from organisations where id = ? and mfa_required = 1", viewer.organisationId),
  }),
  define({
    module: "member-mfa",
    write: "resetMemberMfa",
    on: "team@voorbeeld",
    action: "user.mfa_reset",
    prepare: ({ db }) => {
      const user = value(db, "select id from users where email = 'team@voorbeeld.example'") as number;
      withApp(db, user, true);
      return { user, memberId: memberOf(db, "team@voorbeeld.example") };
    },
    run: ({ memberId }) => memberMfa.resetMemberMfa({ memberId }),
    written: ({ db }, { user }) => !exists(db, "select 1 from user_totp where user_id = ?", user),
  }),
];
