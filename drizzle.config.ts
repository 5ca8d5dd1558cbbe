import { defineConfig } from 'drizzle-kit';

// Migrations are generated offline from src/db/schema.ts (`npm run db:generate`) and applied at start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
  migrations: { prefix: 'timestamp' },
});
