// Budgets per subpath. size-limit leaves peer dependencies out of a bundle by
// default; zod is a peer, so each entry bundles it back in (external: []):
// an entry that must stay free of zod then fails loudly if zod creeps in.
// Every entry that throws carries TutynushyError, whose cross-copy brand
// (Symbol.for and Symbol.hasInstance) costs about 100 B, and the English
// wording of only the error codes its functions can throw: each code family
// keeps its messages in its own module (src/core/messages/en), so a bundle
// that cannot throw a calendar error carries no calendar wording. Budgets are
// the measured size plus 5 %.
const withPeers = (config) => ({ ...config, external: [] });

const entry = (name, path, imports, limit) => ({
  name,
  path,
  import: imports,
  limit,
  modifyEsbuildConfig: withPeers,
});

export default [
  entry('tutynushy/core: TutynushyError', 'dist/core/index.js', '{ TutynushyError }', '375 B'),
  entry(
    'tutynushy/core: parseLocalDate (no zod)',
    'dist/core/index.js',
    '{ parseLocalDate }',
    '1.45 kB',
  ),
  // schemas: the one subpath of field schemas, and the only place they are exported besides the root
  entry(
    'tutynushy/schemas: LocalDateSchema (with zod)',
    'dist/schemas/index.js',
    '{ LocalDateSchema }',
    '22.35 kB',
  ),
  // money (decimal.js, a dependency, is most of a Tenge's weight; numberToWords needs neither it nor zod)
  entry('tutynushy/money: Tenge (no zod)', 'dist/money/index.js', '{ Tenge }', '17.2 kB'),
  entry(
    'tutynushy/money: numberToWords (no zod, no decimal.js)',
    'dist/money/index.js',
    '{ numberToWords }',
    '3.05 kB',
  ),
  entry(
    'tutynushy/money: tengeInWords (no zod)',
    'dist/money/index.js',
    '{ tengeInWords }',
    '18.8 kB',
  ),
  entry(
    'tutynushy/money: formatTenge (no zod)',
    'dist/money/index.js',
    '{ formatTenge }',
    '18.15 kB',
  ),
  entry(
    'tutynushy/money: parseTenge (no zod)',
    'dist/money/index.js',
    '{ parseTenge, safeParseTenge }',
    '19.5 kB',
  ),
  entry(
    'tutynushy/schemas: TengeSchema, NonNegativeTengeSchema (with zod)',
    'dist/schemas/index.js',
    '{ TengeSchema, NonNegativeTengeSchema }',
    '34.5 kB',
  ),
  // ids
  entry('tutynushy/ids: isValidIin (no zod)', 'dist/ids/index.js', '{ isValidIin }', '1.95 kB'),
  entry(
    'tutynushy/ids: parseTaxpayerId (no zod)',
    'dist/ids/index.js',
    '{ parseTaxpayerId, safeParseTaxpayerId }',
    '3.75 kB',
  ),
  entry(
    'tutynushy/schemas: IinSchema, BinSchema, TaxpayerIdSchema (with zod)',
    'dist/schemas/index.js',
    '{ IinSchema, BinSchema, TaxpayerIdSchema }',
    '21 kB',
  ),
  // regions
  entry(
    'tutynushy/regions: regionByCode (no zod)',
    'dist/regions/index.js',
    '{ regionByCode }',
    '2.55 kB',
  ),
  entry(
    'tutynushy/regions: regionName, sortRegionsByName (no zod)',
    'dist/regions/index.js',
    '{ regionName, sortRegionsByName }',
    '3.65 kB',
  ),
  entry(
    'tutynushy/schemas: RegionCodeSchema (with zod)',
    'dist/schemas/index.js',
    '{ RegionCodeSchema }',
    '19.75 kB',
  ),
  // calendar (isWorkingDay holds its 5 kB with the Umm al-Qura estimate of Kurban Ait, the
  // options check and the typed year errors; the budgets below grew with them, with
  // createWorkCalendar's checks of a hand-built base and of transfer acts against the holidays)
  entry(
    'tutynushy/calendar: isWorkingDay (no zod)',
    'dist/calendar/index.js',
    '{ isWorkingDay }',
    '6.65 kB',
  ),
  entry(
    'tutynushy/calendar: working-day arithmetic and nonWorkingDays (no zod)',
    'dist/calendar/index.js',
    '{ addWorkingDays, nextWorkingDay, workingDaysBetween, nonWorkingDays }',
    '7.5 kB',
  ),
  entry(
    'tutynushy/calendar: createWorkCalendar, calendarYearStatus (no zod)',
    'dist/calendar/index.js',
    '{ createWorkCalendar, calendarYearStatus }',
    '7.5 kB',
  ),
  entry(
    'tutynushy/calendar: the clocks, with the Asia/Almaty zone (no zod)',
    'dist/calendar/index.js',
    '{ registrationDate, reviewDeadline, extensionLimit, redirectDeadline, refusalDeadline, sellerAnswerDeadline }',
    '10.3 kB',
  ),
  entry(
    'tutynushy/calendar: CLOCKS, formatLegalSource (no zod)',
    'dist/calendar/index.js',
    '{ CLOCKS, formatLegalSource }',
    '4.25 kB',
  ),
  // lawsuit (replayLawsuit needs Tenge, so decimal.js, and the Asia/Almaty zone for instants; never zod)
  entry(
    'tutynushy/lawsuit: replayLawsuit (no zod)',
    'dist/lawsuit/index.js',
    '{ replayLawsuit }',
    '24.4 kB',
  ),
  entry(
    'tutynushy/lawsuit: replayLawsuit, applyLawsuitEvent, allowedLawsuitEvents (no zod)',
    'dist/lawsuit/index.js',
    '{ replayLawsuit, applyLawsuitEvent, allowedLawsuitEvents }',
    '25.3 kB',
  ),
  entry(
    'tutynushy/lawsuit: labels (no zod, no decimal.js)',
    'dist/lawsuit/index.js',
    '{ lawsuitStateLabel, lawsuitDecisionLabel, lawsuitRoleLabel, lawsuitEventTypeLabel }',
    '2.55 kB',
  ),
  entry(
    'tutynushy/lawsuit: lawsuitMachineToMermaid (no zod)',
    'dist/lawsuit/index.js',
    '{ lawsuitMachineToMermaid }',
    '2.9 kB',
  ),
  entry(
    'tutynushy/lawsuit: parseLawsuitRecord (with zod)',
    'dist/lawsuit/index.js',
    '{ parseLawsuitRecord, safeParseLawsuitRecord }',
    '49.7 kB',
  ),
  // outreach
  entry(
    'tutynushy/outreach: labels and isSocialPost (no zod)',
    'dist/outreach/index.js',
    '{ outreachKindLabel, outreachKindHeading, socialPlatformLabel, isSocialPost }',
    '2.45 kB',
  ),
  entry(
    'tutynushy/outreach: parseOutreachActivityRecord (with zod)',
    'dist/outreach/index.js',
    '{ parseOutreachActivityRecord, safeParseOutreachActivityRecord }',
    '32.7 kB',
  ),
  // business
  entry(
    'tutynushy/business: businessKindsOfId (no zod)',
    'dist/business/index.js',
    '{ businessKindsOfId }',
    '3.8 kB',
  ),
  entry(
    'tutynushy/business: labels and businessName (no zod)',
    'dist/business/index.js',
    '{ businessKindLabel, systemAccountLabel, systemAccountHeading, businessName }',
    '2.3 kB',
  ),
  entry(
    'tutynushy/business: parseBusinessRecord, parseSystemRegistrationRecord (with zod)',
    'dist/business/index.js',
    '{ parseBusinessRecord, parseSystemRegistrationRecord }',
    '34.05 kB',
  ),
  // period (parsing needs neither zod nor date-fns; the phrases need date-fns's kk, ru and enGB locales, whole)
  entry(
    'tutynushy/period: parsePeriod, safeParsePeriod (no zod, no date-fns)',
    'dist/period/index.js',
    '{ parsePeriod, safeParsePeriod }',
    '3 kB',
  ),
  entry(
    'tutynushy/period: samePeriodLastYear, periodContains, months, isSamePeriod (no zod, no date-fns)',
    'dist/period/index.js',
    '{ samePeriodLastYear, periodContains, months, isSamePeriod, comparePeriods }',
    '3.95 kB',
  ),
  entry(
    'tutynushy/period: formatPeriod (no zod; date-fns month names)',
    'dist/period/index.js',
    '{ formatPeriod }',
    '12.35 kB',
  ),
  entry(
    'tutynushy/schemas: PeriodCodeSchema, PeriodSchema (with zod)',
    'dist/schemas/index.js',
    '{ PeriodCodeSchema, PeriodSchema }',
    '29.05 kB',
  ),
  // complaint
  entry(
    'tutynushy/complaint: replayComplaint (no zod, no decimal.js)',
    'dist/complaint/index.js',
    '{ replayComplaint }',
    '15.75 kB',
  ),
  entry(
    'tutynushy/complaint: replay, apply, allowed events, overdue (no zod)',
    'dist/complaint/index.js',
    '{ replayComplaint, applyComplaintEvent, allowedComplaintEvents, isOverdue, overdueBy }',
    '16.7 kB',
  ),
  entry(
    'tutynushy/complaint: labels and outcome groups (no zod)',
    'dist/complaint/index.js',
    '{ channelLabel, appealTypeLabel, complaintOutcomeLabel, complaintOutcomeGroup, complaintMachineToMermaid }',
    '4 kB',
  ),
  entry(
    'tutynushy/schemas: ComplaintRecordSchema (with zod)',
    'dist/schemas/index.js',
    '{ ComplaintRecordSchema }',
    '50.4 kB',
  ),
  entry(
    'tutynushy/complaint: parseComplaintRecord (with zod)',
    'dist/complaint/index.js',
    '{ parseComplaintRecord, safeParseComplaintRecord }',
    '52.85 kB',
  ),
  // report (the builder reads raw records, so it carries the parsers and zod;
  // merging and comparing finished reports needs neither)
  entry(
    'tutynushy/report: mergeReports, compareReports, emptyReport (no zod)',
    'dist/report/index.js',
    '{ mergeReports, compareReports, emptyReport }',
    '25.15 kB',
  ),
  entry(
    'tutynushy/report: buildReport, createReportBuilder (with zod)',
    'dist/report/index.js',
    '{ buildReport, createReportBuilder }',
    '70.7 kB',
  ),
];
