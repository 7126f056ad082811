import type { Config } from './config.js';
import type { Db } from './db/database.js';
import type { EventBus } from './events/bus.js';

/** What services need from the running instance, passed explicitly (no container). */
export interface Relais {
  db: Db['db'];
  dialect: Db['dialect'];
  config: Config;
  bus: EventBus;
}
