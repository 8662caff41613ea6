/**
 * imsmanifest.xml for the SCORM packages: one organisation, one SCO per
 * meeting launched straight into it, and one shared asset resource listing
 * every file of the build. Pure (text in, text out) so the unit tests can
 * check it against the schemas without building the game.
 *
 * Deliberately permissive: no `adlcp:masteryscore` (1.2) and no passing
 * score in sequencing (2004), because the SCO decides passed/failed from
 * the ending's rating, which no score threshold can express; an LMS given a
 * mastery score would override that verdict. 2004 sequencing only says the
 * content sets completion and success, and lets the trainee pick any meeting.
 */

/** The SCORM versions packaged; the same names as the game's `?lms=` flag (src/ui/lms/launch.ts). */
export type PackageVersion = 'scorm12' | 'scorm2004';

export interface ManifestMeeting {
  id: string;
  title: string;
}

export interface ManifestInput {
  version: PackageVersion;
  /** Package title, the organisation's title. */
  title: string;
  /** Package version (package.json's). */
  packageVersion: string;
  meetings: readonly ManifestMeeting[];
  /** Every file of the game build, relative, with `/` separators. */
  files: readonly string[];
}

/** The game page every SCO opens. */
export const LAUNCH_PAGE = 'index.html';

/** Where a meeting's SCO starts: the deep link plus the LMS flag. */
export function launchOf(version: PackageVersion, meetingId: string): string {
  return `?lms=${version}#/play/${meetingId}`;
}

/** Text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A relative file path as a URI reference: each segment percent-encoded. */
export function fileHref(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** Identifiers are xsd:ID (NCName): a letter first, so meeting ids get a prefix. */
export const itemId = (meetingId: string) => `ITEM-${meetingId}`;
export const resourceId = (meetingId: string) => `RES-${meetingId}`;
export const ASSETS_ID = 'RES-game';
export const ORGANIZATION_ID = 'ORG-make-the-call';

const HEADS: Record<PackageVersion, { namespaces: string; schemaversion: string }> = {
  scorm12: {
    namespaces: [
      'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
      'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
    ].join('\n          '),
    schemaversion: '1.2',
  },
  scorm2004: {
    namespaces: [
      'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
      'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
      'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
      'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
      'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"',
    ].join('\n          '),
    schemaversion: '2004 4th Edition',
  },
};

function item(version: PackageVersion, meeting: ManifestMeeting): string {
  const title = `<title>${escapeXml(meeting.title)}</title>`;
  if (version === 'scorm12') {
    return `      <item identifier="${itemId(meeting.id)}" identifierref="${resourceId(meeting.id)}" isvisible="true">
        ${title}
      </item>`;
  }
  return `      <item identifier="${itemId(meeting.id)}" identifierref="${resourceId(meeting.id)}" isvisible="true" parameters="${escapeXml(launchOf(version, meeting.id))}">
        ${title}
        <imsss:sequencing>
          <imsss:deliveryControls tracked="true" completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>`;
}

function scoResource(version: PackageVersion, meeting: ManifestMeeting): string {
  // 1.2 has no standard item parameters its LMSs all honour, so its launch URL carries the link.
  const [type, href] =
    version === 'scorm12'
      ? ['adlcp:scormtype', `${LAUNCH_PAGE}${launchOf(version, meeting.id)}`]
      : ['adlcp:scormType', LAUNCH_PAGE];
  return `    <resource identifier="${resourceId(meeting.id)}" type="webcontent" ${type}="sco" href="${escapeXml(href)}">
      <file href="${LAUNCH_PAGE}"/>
      <dependency identifierref="${ASSETS_ID}"/>
    </resource>`;
}

/** The whole imsmanifest.xml for one version. */
export function manifestXml(input: ManifestInput): string {
  const { version, meetings, files } = input;
  const head = HEADS[version];
  const scormType = version === 'scorm12' ? 'adlcp:scormtype' : 'adlcp:scormType';
  const organizationSequencing =
    version === 'scorm2004'
      ? '\n      <imsss:sequencing>\n        <imsss:controlMode choice="true" flow="true"/>\n      </imsss:sequencing>'
      : '';
  const assets = [...files]
    .sort()
    .map((file) => `      <file href="${escapeXml(fileHref(file))}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="make-the-call-${version}" version="${escapeXml(input.packageVersion)}"
          ${head.namespaces}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${head.schemaversion}</schemaversion>
  </metadata>
  <organizations default="${ORGANIZATION_ID}">
    <organization identifier="${ORGANIZATION_ID}">
      <title>${escapeXml(input.title)}</title>
${meetings.map((meeting) => item(version, meeting)).join('\n')}${organizationSequencing}
    </organization>
  </organizations>
  <resources>
${meetings.map((meeting) => scoResource(version, meeting)).join('\n')}
    <resource identifier="${ASSETS_ID}" type="webcontent" ${scormType}="asset">
${assets}
    </resource>
  </resources>
</manifest>
`;
}
