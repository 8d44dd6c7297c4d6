// Runs in the browser before the application's own code. Zod compiles its object schemas with `new Function` when it
// may; probing whether it may is itself reported as a violation of the Content-Security-Policy, which forbids eval.
// Without compiling, every schema still checks the same. Only zod's shared settings are loaded here, not zod itself,
// so a page that checks nothing in the browser does not download it.
import { config } from "zod/v4/core";

config({ jitless: true });
