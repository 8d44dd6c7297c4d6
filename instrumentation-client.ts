// Runs in the browser before the application's own code. Zod compiles its object schemas with `new Function` when it
// may; probing whether it may is itself reported as a violation of the Content-Security-Policy, which forbids eval.
// Without compiling, every schema still checks the same.
import { z } from "zod";

z.config({ jitless: true });
