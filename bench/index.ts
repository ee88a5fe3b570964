// `npm run bench`: every benchmark of the library, one after another.
// Each prints records per second and its ratio to a minimal baseline measured
// in the same run, so that figures compare across machines.
import './calendar.ts';
import './complaint.ts';
import './money.ts';
import './report.ts';
