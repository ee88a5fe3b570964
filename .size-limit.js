// Budgets per subpath. size-limit leaves peer dependencies out of a bundle by
// default; zod is a peer, so each entry bundles it back in (external: []):
// an entry that must stay free of zod then fails loudly if zod creeps in.
// Every entry that throws carries TutynushyError, whose cross-copy brand
// (Symbol.for and Symbol.hasInstance) costs about 100 B.
const withPeers = (config) => ({ ...config, external: [] });

const entry = (name, path, imports, limit) => ({
  name,
  path,
  import: imports,
  limit,
  modifyEsbuildConfig: withPeers,
});

export default [
  entry('tutynushy/core: TutynushyError', 'dist/core/index.js', '{ TutynushyError }', '300 B'),
  entry(
    'tutynushy/core: parseLocalDate (no zod)',
    'dist/core/index.js',
    '{ parseLocalDate }',
    '1 kB',
  ),
  // schemas: the one subpath of field schemas, and the only place they are exported besides the root
  entry(
    'tutynushy/schemas: LocalDateSchema (with zod)',
    'dist/schemas/index.js',
    '{ LocalDateSchema }',
    '25 kB',
  ),
  // money (decimal.js, a dependency, is most of a Tenge's weight; numberToWords needs neither it nor zod)
  entry('tutynushy/money: Tenge (no zod)', 'dist/money/index.js', '{ Tenge }', '15 kB'),
  entry(
    'tutynushy/money: numberToWords (no zod, no decimal.js)',
    'dist/money/index.js',
    '{ numberToWords }',
    '2 kB',
  ),
  entry(
    'tutynushy/money: tengeInWords (no zod)',
    'dist/money/index.js',
    '{ tengeInWords }',
    '16.5 kB',
  ),
  entry('tutynushy/money: formatTenge (no zod)', 'dist/money/index.js', '{ formatTenge }', '16 kB'),
  entry(
    'tutynushy/money: parseTenge (no zod)',
    'dist/money/index.js',
    '{ parseTenge, safeParseTenge }',
    '17.5 kB',
  ),
  entry(
    'tutynushy/schemas: TengeSchema, NonNegativeTengeSchema (with zod)',
    'dist/schemas/index.js',
    '{ TengeSchema, NonNegativeTengeSchema }',
    '33 kB',
  ),
  // ids
  entry('tutynushy/ids: isValidIin (no zod)', 'dist/ids/index.js', '{ isValidIin }', '2 kB'),
  entry(
    'tutynushy/ids: parseTaxpayerId (no zod)',
    'dist/ids/index.js',
    '{ parseTaxpayerId, safeParseTaxpayerId }',
    '2.5 kB',
  ),
  entry(
    'tutynushy/schemas: IinSchema, BinSchema, TaxpayerIdSchema (with zod)',
    'dist/schemas/index.js',
    '{ IinSchema, BinSchema, TaxpayerIdSchema }',
    '24 kB',
  ),
  // regions
  entry(
    'tutynushy/regions: regionByCode (no zod)',
    'dist/regions/index.js',
    '{ regionByCode }',
    '2.2 kB',
  ),
  entry(
    'tutynushy/regions: regionName, sortRegionsByName (no zod)',
    'dist/regions/index.js',
    '{ regionName, sortRegionsByName }',
    '2.7 kB',
  ),
  entry(
    'tutynushy/schemas: RegionCodeSchema (with zod)',
    'dist/schemas/index.js',
    '{ RegionCodeSchema }',
    '25 kB',
  ),
  // calendar (isWorkingDay holds its 5 kB with the Umm al-Qura estimate of Kurban Ait, the
  // options check and the typed year errors; the budgets below grew with them, with
  // createWorkCalendar's checks of a hand-built base and of transfer acts against the holidays)
  entry(
    'tutynushy/calendar: isWorkingDay (no zod)',
    'dist/calendar/index.js',
    '{ isWorkingDay }',
    '5 kB',
  ),
  entry(
    'tutynushy/calendar: working-day arithmetic and nonWorkingDays (no zod)',
    'dist/calendar/index.js',
    '{ addWorkingDays, nextWorkingDay, workingDaysBetween, nonWorkingDays }',
    '6 kB',
  ),
  entry(
    'tutynushy/calendar: createWorkCalendar, calendarYearStatus (no zod)',
    'dist/calendar/index.js',
    '{ createWorkCalendar, calendarYearStatus }',
    '6.3 kB',
  ),
  entry(
    'tutynushy/calendar: the clocks, with the Asia/Almaty zone (no zod)',
    'dist/calendar/index.js',
    '{ registrationDate, reviewDeadline, extensionLimit, redirectDeadline, refusalDeadline, sellerAnswerDeadline }',
    '8.7 kB',
  ),
  entry(
    'tutynushy/calendar: CLOCKS, formatLegalSource (no zod)',
    'dist/calendar/index.js',
    '{ CLOCKS, formatLegalSource }',
    '2.8 kB',
  ),
  // lawsuit (replayLawsuit needs Tenge, so decimal.js, and the Asia/Almaty zone for instants; never zod)
  entry(
    'tutynushy/lawsuit: replayLawsuit (no zod)',
    'dist/lawsuit/index.js',
    '{ replayLawsuit }',
    '19.5 kB',
  ),
  entry(
    'tutynushy/lawsuit: replayLawsuit, applyLawsuitEvent, allowedLawsuitEvents (no zod)',
    'dist/lawsuit/index.js',
    '{ replayLawsuit, applyLawsuitEvent, allowedLawsuitEvents }',
    '20 kB',
  ),
  entry(
    'tutynushy/lawsuit: labels (no zod, no decimal.js)',
    'dist/lawsuit/index.js',
    '{ lawsuitStateLabel, lawsuitDecisionLabel, lawsuitRoleLabel, lawsuitEventTypeLabel }',
    '1.6 kB',
  ),
  entry(
    'tutynushy/lawsuit: lawsuitMachineToMermaid (no zod)',
    'dist/lawsuit/index.js',
    '{ lawsuitMachineToMermaid }',
    '500 B',
  ),
  entry(
    'tutynushy/lawsuit: parseLawsuitRecord (with zod)',
    'dist/lawsuit/index.js',
    '{ parseLawsuitRecord, safeParseLawsuitRecord }',
    '46 kB',
  ),
  // outreach
  entry(
    'tutynushy/outreach: labels and isSocialPost (no zod)',
    'dist/outreach/index.js',
    '{ outreachKindLabel, outreachKindHeading, socialPlatformLabel, isSocialPost }',
    '1.6 kB',
  ),
  entry(
    'tutynushy/outreach: parseOutreachActivityRecord (with zod)',
    'dist/outreach/index.js',
    '{ parseOutreachActivityRecord, safeParseOutreachActivityRecord }',
    '32 kB',
  ),
  // business
  entry(
    'tutynushy/business: businessKindsOfId (no zod)',
    'dist/business/index.js',
    '{ businessKindsOfId }',
    '2.6 kB',
  ),
  entry(
    'tutynushy/business: labels and businessName (no zod)',
    'dist/business/index.js',
    '{ businessKindLabel, systemAccountLabel, systemAccountHeading, businessName }',
    '1.3 kB',
  ),
  entry(
    'tutynushy/business: parseBusinessRecord, parseSystemRegistrationRecord (with zod)',
    'dist/business/index.js',
    '{ parseBusinessRecord, parseSystemRegistrationRecord }',
    '34 kB',
  ),
  // period (parsing needs neither zod nor date-fns; the phrases need date-fns's kk, ru and enGB locales, whole)
  entry(
    'tutynushy/period: parsePeriod, safeParsePeriod (no zod, no date-fns)',
    'dist/period/index.js',
    '{ parsePeriod, safeParsePeriod }',
    '2.4 kB',
  ),
  entry(
    'tutynushy/period: samePeriodLastYear, periodContains, months, isSamePeriod (no zod, no date-fns)',
    'dist/period/index.js',
    '{ samePeriodLastYear, periodContains, months, isSamePeriod, comparePeriods }',
    '3.3 kB',
  ),
  entry(
    'tutynushy/period: formatPeriod (no zod; date-fns month names)',
    'dist/period/index.js',
    '{ formatPeriod }',
    '11.5 kB',
  ),
  entry(
    'tutynushy/schemas: PeriodCodeSchema, PeriodSchema (with zod)',
    'dist/schemas/index.js',
    '{ PeriodCodeSchema, PeriodSchema }',
    '30 kB',
  ),
  // complaint
  entry(
    'tutynushy/complaint: replayComplaint (no zod, no decimal.js)',
    'dist/complaint/index.js',
    '{ replayComplaint }',
    '12 kB',
  ),
  entry(
    'tutynushy/complaint: replay, apply, allowed events, overdue (no zod)',
    'dist/complaint/index.js',
    '{ replayComplaint, applyComplaintEvent, allowedComplaintEvents, isOverdue, overdueBy }',
    '12.4 kB',
  ),
  entry(
    'tutynushy/complaint: labels and outcome groups (no zod)',
    'dist/complaint/index.js',
    '{ channelLabel, appealTypeLabel, complaintOutcomeLabel, complaintOutcomeGroup, complaintMachineToMermaid }',
    '3 kB',
  ),
  entry(
    'tutynushy/schemas: ComplaintRecordSchema (with zod)',
    'dist/schemas/index.js',
    '{ ComplaintRecordSchema }',
    '48 kB',
  ),
  entry(
    'tutynushy/complaint: parseComplaintRecord (with zod)',
    'dist/complaint/index.js',
    '{ parseComplaintRecord, safeParseComplaintRecord }',
    '48 kB',
  ),
  // report (the builder reads raw records, so it carries the parsers and zod;
  // merging and comparing finished reports needs neither)
  entry(
    'tutynushy/report: mergeReports, compareReports, emptyReport (no zod)',
    'dist/report/index.js',
    '{ mergeReports, compareReports, emptyReport }',
    '28 kB',
  ),
  entry(
    'tutynushy/report: buildReport, createReportBuilder (with zod)',
    'dist/report/index.js',
    '{ buildReport, createReportBuilder }',
    '67 kB',
  ),
];
