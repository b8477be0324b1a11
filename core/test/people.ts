/** People of the embedded example council (core/data/example-council.json), as header values. */
export const LEADER = 'Cllr Jane Okafor <cllr.jane.okafor@example.gov.uk>';
export const CABINET = 'Cllr Ravi Patel <cllr.ravi.patel@example.gov.uk>';
export const LIB_DEM = 'Cllr Mary Doyle <cllr.mary.doyle@example.gov.uk>';
export const CHAIR = 'Cllr Susan Clarke <cllr.susan.clarke@example.gov.uk>';
export const CONSERVATIVE_LEADER = 'Cllr Arthur Bell <cllr.arthur.bell@example.gov.uk>';
export const CONSERVATIVE = 'Cllr Nina Shah <cllr.nina.shah@example.gov.uk>';
export const GREEN = 'Cllr Tom Ellis <cllr.tom.ellis@example.gov.uk>';
export const DIRECTOR = 'Sam Hughes <sam.hughes@example.gov.uk>';
export const CHIEF_EXECUTIVE = 'Helen Ward <helen.ward@example.gov.uk>';
export const OFFICER = 'Dan Foster <dan.foster@example.gov.uk>';
export const COMMS = 'Kate Lowe <kate.lowe@example.gov.uk>';
export const RESIDENT = 'Alan Reeve <alan.reeve@gmail.com>';
export const BUSINESS = 'Lisa Grant <lisa@grantbakery.co.uk>';
export const REPORTER = 'Newsdesk <newsdesk@exampleton-echo.co.uk>';
export const MINISTER = 'Minister for Local Government <correspondence@communities.gov.uk>';

export const OFFICER_SIGNATURE = `Kind regards,

Dan Foster
Highways Officer
Example Borough Council
Tel: 01632 960 311
Email: dan.foster@example.gov.uk`;

export const WARD_SIGNATURE = (name: string, ward: string) => `Best wishes,

Cllr ${name}
Ward Councillor for ${ward}`;
