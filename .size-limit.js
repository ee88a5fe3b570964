// Budgets per subpath. size-limit leaves peer dependencies out of a bundle by
// default; zod is a peer, so each entry bundles it back in (external: []):
// an entry that must stay free of zod then fails loudly if zod creeps in.
// Every entry that throws carries TutynushyError, whose cross-copy brand
// (Symbol.for and Symbol.hasInstance) costs about 100 B, and its English
// message catalogue (about 7.3 kB brotli): every error's message is built
// from the catalogue's wording of its code and details. Budgets are the
// measured size plus 5 %.
const withPeers = (config) => ({ ...config, external: [] });

const entry = (name, path, imports, limit) => ({
  name,
  path,
  import: imports,
  limit,
  modifyEsbuildConfig: withPeers,
});

export default [
  entry('tutynushy/core: TutynushyError', 'dist/core/index.js', '{ TutynushyError }', '8.1 kB'),
  entry(
    'tutynushy/core: parseLocalDate (no zod)',
    'dist/core/index.js',
    '{ parseLocalDate }',
    '8.7 kB',
  ),
  // schemas: the one subpath of field schemas, and the only place they are exported besides the root
  entry(
    'tutynushy/schemas: LocalDateSchema (with zod)',
    'dist/schemas/index.js',
    '{ LocalDateSchema }',
    '29.5 kB',
  ),
  // money (decimal.js, a dependency, is most of a Tenge's weight; numberToWords needs neither it nor zod)
  entry('tutynushy/money: Tenge (no zod)', 'dist/money/index.js', '{ Tenge }', '22.2 kB'),
  entry(
    'tutynushy/money: numberToWords (no zod, no decimal.js)',
    'dist/money/index.js',
    '{ numberToWords }',
    '9.7 kB',
  ),
  entry(
    'tutynushy/money: tengeInWords (no zod)',
    'dist/money/index.js',
    '{ tengeInWords }',
    '23.9 kB',
  ),
  entry(
    'tutynushy/money: formatTenge (no zod)',
    'dist/money/index.js',
    '{ formatTenge }',
    '23.2 kB',
  ),
  entry(
    'tutynushy/money: parseTenge (no zod)',
    'dist/money/index.js',
    '{ parseTenge, safeParseTenge }',
    '24.5 kB',
  ),
  entry(
    'tutynushy/schemas: TengeSchema, NonNegativeTengeSchema (with zod)',
    'dist/schemas/index.js',
    '{ TengeSchema, NonNegativeTengeSchema }',
    '39.4 kB',
  ),
  // ids
  entry('tutynushy/ids: isValidIin (no zod)', 'dist/ids/index.js', '{ isValidIin }', '9.2 kB'),
  entry(
    'tutynushy/ids: parseTaxpayerId (no zod)',
    'dist/ids/index.js',
    '{ parseTaxpayerId, safeParseTaxpayerId }',
    '9.6 kB',
  ),
  entry(
    'tutynushy/schemas: IinSchema, BinSchema, TaxpayerIdSchema (with zod)',
    'dist/schemas/index.js',
    '{ IinSchema, BinSchema, TaxpayerIdSchema }',
    '26.8 kB',
  ),
  // regions
  entry(
    'tutynushy/regions: regionByCode (no zod)',
    'dist/regions/index.js',
    '{ regionByCode }',
    '9.7 kB',
  ),
  entry(
    'tutynushy/regions: regionName, sortRegionsByName (no zod)',
    'dist/regions/index.js',
    '{ regionName, sortRegionsByName }',
    '10.3 kB',
  ),
  entry(
    'tutynushy/schemas: RegionCodeSchema (with zod)',
    'dist/schemas/index.js',
    '{ RegionCodeSchema }',
    '26.9 kB',
  ),
  // calendar (isWorkingDay holds its 5 kB with the Umm al-Qura estimate of Kurban Ait, the
  // options check and the typed year errors; the budgets below grew with them, with
  // createWorkCalendar's checks of a hand-built base and of transfer acts against the holidays)
  entry(
    'tutynushy/calendar: isWorkingDay (no zod)',
    'dist/calendar/index.js',
    '{ isWorkingDay }',
    '12.7 kB',
  ),
  entry(
    'tutynushy/calendar: working-day arithmetic and nonWorkingDays (no zod)',
    'dist/calendar/index.js',
    '{ addWorkingDays, nextWorkingDay, workingDaysBetween, nonWorkingDays }',
    '13.5 kB',
  ),
  entry(
    'tutynushy/calendar: createWorkCalendar, calendarYearStatus (no zod)',
    'dist/calendar/index.js',
    '{ createWorkCalendar, calendarYearStatus }',
    '13.5 kB',
  ),
  entry(
    'tutynushy/calendar: the clocks, with the Asia/Almaty zone (no zod)',
    'dist/calendar/index.js',
    '{ registrationDate, reviewDeadline, extensionLimit, redirectDeadline, refusalDeadline, sellerAnswerDeadline }',
    '16.2 kB',
  ),
  entry(
    'tutynushy/calendar: CLOCKS, formatLegalSource (no zod)',
    'dist/calendar/index.js',
    '{ CLOCKS, formatLegalSource }',
    '10.6 kB',
  ),
  // lawsuit (replayLawsuit needs Tenge, so decimal.js, and the Asia/Almaty zone for instants; never zod)
  entry(
    'tutynushy/lawsuit: replayLawsuit (no zod)',
    'dist/lawsuit/index.js',
    '{ replayLawsuit }',
    '27 kB',
  ),
  entry(
    'tutynushy/lawsuit: replayLawsuit, applyLawsuitEvent, allowedLawsuitEvents (no zod)',
    'dist/lawsuit/index.js',
    '{ replayLawsuit, applyLawsuitEvent, allowedLawsuitEvents }',
    '27.9 kB',
  ),
  entry(
    'tutynushy/lawsuit: labels (no zod, no decimal.js)',
    'dist/lawsuit/index.js',
    '{ lawsuitStateLabel, lawsuitDecisionLabel, lawsuitRoleLabel, lawsuitEventTypeLabel }',
    '9.5 kB',
  ),
  entry(
    'tutynushy/lawsuit: lawsuitMachineToMermaid (no zod)',
    'dist/lawsuit/index.js',
    '{ lawsuitMachineToMermaid }',
    '9.9 kB',
  ),
  entry(
    'tutynushy/lawsuit: parseLawsuitRecord (with zod)',
    'dist/lawsuit/index.js',
    '{ parseLawsuitRecord, safeParseLawsuitRecord }',
    '52.6 kB',
  ),
  // outreach
  entry(
    'tutynushy/outreach: labels and isSocialPost (no zod)',
    'dist/outreach/index.js',
    '{ outreachKindLabel, outreachKindHeading, socialPlatformLabel, isSocialPost }',
    '9.4 kB',
  ),
  entry(
    'tutynushy/outreach: parseOutreachActivityRecord (with zod)',
    'dist/outreach/index.js',
    '{ parseOutreachActivityRecord, safeParseOutreachActivityRecord }',
    '37.7 kB',
  ),
  // business
  entry(
    'tutynushy/business: businessKindsOfId (no zod)',
    'dist/business/index.js',
    '{ businessKindsOfId }',
    '9.7 kB',
  ),
  entry(
    'tutynushy/business: labels and businessName (no zod)',
    'dist/business/index.js',
    '{ businessKindLabel, systemAccountLabel, systemAccountHeading, businessName }',
    '9.1 kB',
  ),
  entry(
    'tutynushy/business: parseBusinessRecord, parseSystemRegistrationRecord (with zod)',
    'dist/business/index.js',
    '{ parseBusinessRecord, parseSystemRegistrationRecord }',
    '38.2 kB',
  ),
  // period (parsing needs neither zod nor date-fns; the phrases need date-fns's kk, ru and enGB locales, whole)
  entry(
    'tutynushy/period: parsePeriod, safeParsePeriod (no zod, no date-fns)',
    'dist/period/index.js',
    '{ parsePeriod, safeParsePeriod }',
    '9.7 kB',
  ),
  entry(
    'tutynushy/period: samePeriodLastYear, periodContains, months, isSamePeriod (no zod, no date-fns)',
    'dist/period/index.js',
    '{ samePeriodLastYear, periodContains, months, isSamePeriod, comparePeriods }',
    '10.5 kB',
  ),
  entry(
    'tutynushy/period: formatPeriod (no zod; date-fns month names)',
    'dist/period/index.js',
    '{ formatPeriod }',
    '18.6 kB',
  ),
  entry(
    'tutynushy/schemas: PeriodCodeSchema, PeriodSchema (with zod)',
    'dist/schemas/index.js',
    '{ PeriodCodeSchema, PeriodSchema }',
    '35.6 kB',
  ),
  // complaint
  entry(
    'tutynushy/complaint: replayComplaint (no zod, no decimal.js)',
    'dist/complaint/index.js',
    '{ replayComplaint }',
    '19.1 kB',
  ),
  entry(
    'tutynushy/complaint: replay, apply, allowed events, overdue (no zod)',
    'dist/complaint/index.js',
    '{ replayComplaint, applyComplaintEvent, allowedComplaintEvents, isOverdue, overdueBy }',
    '20.1 kB',
  ),
  entry(
    'tutynushy/complaint: labels and outcome groups (no zod)',
    'dist/complaint/index.js',
    '{ channelLabel, appealTypeLabel, complaintOutcomeLabel, complaintOutcomeGroup, complaintMachineToMermaid }',
    '11 kB',
  ),
  entry(
    'tutynushy/schemas: ComplaintRecordSchema (with zod)',
    'dist/schemas/index.js',
    '{ ComplaintRecordSchema }',
    '54.2 kB',
  ),
  entry(
    'tutynushy/complaint: parseComplaintRecord (with zod)',
    'dist/complaint/index.js',
    '{ parseComplaintRecord, safeParseComplaintRecord }',
    '55 kB',
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
    '70.7 kB',
  ),
];
