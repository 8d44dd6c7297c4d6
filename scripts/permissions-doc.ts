// Writes docs/permissions.md from the access kernel. A unit test fails when the file and the code differ.
import fs from "node:fs";
import path from "node:path";
import { permissionsMarkdown } from "../lib/domain/permissions";

const file = path.resolve(import.meta.dirname, "../docs/permissions.md");
fs.writeFileSync(file, permissionsMarkdown());
console.log(`Geschreven: ${path.relative(process.cwd(), file)}`);
