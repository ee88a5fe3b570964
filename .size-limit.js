// Budgets per subpath. size-limit leaves peer dependencies out of a bundle by
// default; zod is a peer, so each entry bundles it back in (external: []):
// an entry that must stay free of zod then fails loudly if zod creeps in.
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
  entry(
    'tutynushy/core: LocalDateSchema (with zod)',
    'dist/core/index.js',
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
    'tutynushy/money: TengeSchema, NonNegativeTengeSchema (with zod)',
    'dist/money/index.js',
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
    'tutynushy/ids: IinSchema, BinSchema, TaxpayerIdSchema (with zod)',
    'dist/ids/index.js',
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
    'tutynushy/regions: RegionCodeSchema (with zod)',
    'dist/regions/index.js',
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
    'tutynushy/outreach: parseOutreachActivity (with zod)',
    'dist/outreach/index.js',
    '{ parseOutreachActivity, safeParseOutreachActivity }',
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
    '1.2 kB',
  ),
  entry(
    'tutynushy/business: parseBusiness, parseSystemRegistration (with zod)',
    'dist/business/index.js',
    '{ parseBusiness, parseSystemRegistration }',
    '34 kB',
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
    'tutynushy/complaint: parseComplaintRecord (with zod)',
    'dist/complaint/index.js',
    '{ parseComplaintRecord, safeParseComplaintRecord }',
    '48 kB',
  ),
];
