// The checks and preparations `npm start` makes before it touches the database: the port is free, the data folder and
// the database can be written, and only the account that runs Impactkoers can read them (they hold every gemeente's
// data and the password hashes).
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

/**
 * Resolves when nothing listens on the port yet (at `host`, else on every address); else rejects with a Dutch
 * message that says what to do.
 */
export function checkPortFree(port, host) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error) => {
      reject(
        new Error(
          error.code === "EADDRINUSE"
            ? `Poort ${port} is al in gebruik, misschien door een Impactkoers die al draait. Stop dat programma, of start op een andere poort, bijvoorbeeld: PORT=${Number(port) + 1} npm start`
            : `Poort ${port} kan niet worden gebruikt (${error.code}). Kies een andere poort met PORT.`,
        ),
      );
    });
    probe.listen(Number(port), host, () => probe.close(() => resolve()));
  });
}

/**
 * Makes the data folder (0700) and an empty database file (0600) when they are missing, narrows the rights of existing
 * ones, and throws with a Dutch message when either cannot be written.
 */
export function prepareDataFolder(file) {
  const folder = path.dirname(file);
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    fs.chmodSync(folder, 0o700);
  } catch (error) {
    throw new Error(`De map ${folder} voor de gegevens kan niet worden aangemaakt of aangepast (${error.code}).`);
  }
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    throw new Error(
      `Impactkoers mag niet schrijven in de map ${folder}. Geef de gebruiker die Impactkoers start schrijfrechten.`,
    );
  }
  try {
    // An empty file is an empty SQLite database; made here, it never exists with wider rights.
    if (!fs.existsSync(file)) fs.writeFileSync(file, "", { mode: 0o600 });
    for (const part of [file, `${file}-wal`, `${file}-shm`, path.join(folder, "auth-secret")]) {
      if (fs.existsSync(part)) fs.chmodSync(part, 0o600);
    }
    fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    throw new Error(
      `De database ${file} kan niet worden gelezen of geschreven (${error.code}). Controleer de rechten.`,
    );
  }
}
