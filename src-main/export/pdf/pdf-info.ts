/**
 * Sets a PDF's document properties (Title, Author) by an incremental update: the Info object is
 * written again after the file's end with a new cross-reference section pointing at it, which
 * every reader applies over the original. Chromium writes a classic cross-reference table and
 * trailer and sets only the Title (from <title>); this adds the Author, the issuing agency.
 */

export interface PdfProperties {
  title: string;
  author: string;
  /** Who made the file; "Soạn Báo Cáo" unless told. */
  creator?: string;
}

const latin1 = (bytes: Uint8Array, from = 0, to = bytes.length): string => Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('latin1');

/** A PDF text string: UTF-16BE with its byte-order mark, as a hex string (safe for any text). */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** A value kept from the old Info when it is a simple literal (dates, the producer). */
function keep(info: string, key: string): string | null {
  const match = new RegExp(`/${key}\\s*(\\([^()\\\\]*\\))`).exec(info);
  return match?.[1] ?? null;
}

/** The PDF with Title and Author set; throws when its structure is not the classic one expected. */
export function setPdfProperties(pdf: Uint8Array, properties: PdfProperties): Uint8Array {
  const tail = latin1(pdf, Math.max(0, pdf.length - 4096));
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const trailerAt = tail.lastIndexOf('trailer');
  if (!startxref || trailerAt < 0) throw new Error('PDF without a classic trailer');
  const trailer = tail.slice(trailerAt);
  const size = /\/Size\s+(\d+)/.exec(trailer);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer);
  const infoRef = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer);
  if (!size || !root) throw new Error('PDF trailer without /Size or /Root');

  const all = latin1(pdf);
  let infoNumber = Number(size[1]);
  let generation = 0;
  let oldInfo = '';
  let newSize = infoNumber + 1;
  if (infoRef) {
    infoNumber = Number(infoRef[1]);
    generation = Number(infoRef[2]);
    newSize = Number(size[1]);
    const start = all.indexOf(`${infoNumber} ${generation} obj`);
    const end = start < 0 ? -1 : all.indexOf('endobj', start);
    if (start >= 0 && end > start) oldInfo = all.slice(start, end);
  }
  const entries = [
    `/Title ${pdfTextString(properties.title)}`,
    `/Author ${pdfTextString(properties.author)}`,
    `/Creator ${pdfTextString(properties.creator ?? 'Soạn Báo Cáo')}`,
    ...['Producer', 'CreationDate', 'ModDate'].flatMap((key) => {
      const value = keep(oldInfo, key);
      return value ? [`/${key} ${value}`] : [];
    }),
  ];
  const objectAt = pdf.length + 1;
  const object = `\n${infoNumber} ${generation} obj\n<<${entries.join('\n')}>>\nendobj\n`;
  const xrefAt = objectAt + object.length - 1;
  const xref =
    `xref\n${infoNumber} 1\n${String(objectAt).padStart(10, '0')} ${String(generation).padStart(5, '0')} n \n` +
    `trailer\n<</Size ${newSize}\n/Root ${root[1]}\n/Info ${infoNumber} ${generation} R\n/Prev ${startxref[1]}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  const update = Buffer.from(object + xref, 'latin1');
  const out = new Uint8Array(pdf.length + update.length);
  out.set(pdf, 0);
  out.set(update, pdf.length);
  return out;
}
