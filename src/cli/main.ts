/**
 * The relais command, for administrators: `relais migrate`, `relais demo`, `relais import addresses`,
 * `relais users add`, `relais backup`, `relais restore`.
 * It reads the same environment variables as the server (DATABASE_URL, DATA_DIR).
 */
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../core/roles.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { localBus } from '../server/events/bus.js';
import { demoLogins, seedDemoIfEmpty } from '../server/seed/demo.js';
import { backupDatabase, restoreDatabase } from './backup.js';
import { importAddressesFile } from './import-addresses.js';
import { addUser } from './users.js';

const USAGE = `Usage: relais <command>
  migrate                          bring the database schema up to date
  demo                             load the demo data set (Caen) into an empty database
  import addresses FILE.csv        load addresses in the BAN's CSV format into the local address
                                   index (all or nothing; the error names the bad line)
  users add --email E --name N --role R [--department CODE] [--body CODE] [--contractor CODE]
                                   create a user; the password is read from RELAIS_PASSWORD
                                   or generated and printed once
  backup FILE                      copy the SQLite database to FILE, while Relais runs
                                   (on PostgreSQL: explains pg_dump)
  restore FILE                     replace the SQLite database with the backup FILE (migrated
                                   if older); refused while Relais runs: stop it first
Roles: ${ROLES.join(', ')}`;

async function main(argv: string[]): Promise<number> {
  const [command, sub, ...rest] = argv;
  const config = loadConfig();
  // Before the database is opened: a restore replaces its file.
  if ((command === 'backup' || command === 'restore') && sub) {
    console.log(await (command === 'backup' ? backupDatabase : restoreDatabase)(config, sub));
    return 0;
  }
  const { db, dialect } = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const relais = { db, dialect, config, bus: localBus() };
  try {
    const applied = await migrateToLatest(db);
    switch (command) {
      case 'migrate':
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The schema is up to date.');
        return 0;
      case 'demo':
        if (!(await seedDemoIfEmpty(relais))) {
          console.error('The database already has users: the demo data set goes only into an empty database.');
          return 1;
        }
        console.log('Demo data loaded. Logins:');
        for (const line of await demoLogins(relais)) console.log(line);
        return 0;
      case 'import':
        if (sub !== 'addresses' || !rest[0]) break;
        console.log(await importAddressesFile(db, rest[0]));
        return 0;
      case 'users': {
        if (sub !== 'add') break;
        const { values } = parseArgs({
          args: rest,
          options: {
            email: { type: 'string' },
            name: { type: 'string' },
            role: { type: 'string' },
            department: { type: 'string' },
            body: { type: 'string' },
            contractor: { type: 'string' },
          },
        });
        const role = ROLES.find((r) => r === values.role);
        if (!values.email || !values.name || !role) break;
        const password = await addUser(db, {
          email: values.email,
          name: values.name,
          role: role satisfies Role,
          departmentCode: values.department,
          bodyCode: values.body,
          contractorCode: values.contractor,
          password: process.env.RELAIS_PASSWORD,
        });
        console.log(`User ${values.email} created${password ? ` with the password: ${password}` : ''}.`);
        return 0;
      }
      default:
        break;
    }
    console.error(USAGE);
    return 2;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
