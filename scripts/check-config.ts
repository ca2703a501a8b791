// Run by `npm start` (via tsx) before anything touches the database: refuses a configuration
// the server must not run with (lib/security/startup-checks.ts), saying what to change.
import { refuseBadConfiguration } from "@/lib/security/startup-checks";

refuseBadConfiguration();
