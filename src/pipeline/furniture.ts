// Page furniture in an article's text: sign-up prompts, follow and share widgets, photo credits, bylines, the words of
// a page's buttons. Marked lines stay in the text (offsets stay true) but yield no entities; from HTML they are
// left out of the text altogether.
import type { Span } from './stage-types.js';
import { itemAt } from '../util/checked-index.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../recognition/lexicon/words.js';
import { RECOGNITION_RULES } from '../recognition/recognition-rules.js';

/** Lines that are page furniture whatever the site: sign-up prompts, follow/share widgets, credits, bylines. */
export const FURNITURE_LINE = new RegExp(
  [
    String.raw`^(sign up|subscribe|get (our|the) .*newsletter|follow (topic|us|this)|see more on|read more|share (this|on)|advertisement|related (articles|stories|topics)|recommended|most (read|popular)|click here|download (the|our) app|listen to (this|the) article)\b`,
    String.raw`^(by|words by|reporting by|written by)\s+\p{Lu}[\p{L}.'-]+(\s+(and\s+)?\p{Lu}[\p{L}.'-]+){0,4}$`,
    String.raw`^(updated|published|posted)\s*:?\s.*\d{4}.*$`,
    String.raw`^\(?(additional )?(reporting|writing|editing|compiled) by\b[^.!?]*\)?$`,
    String.raw`^(©|copyright\b).*$`,
    String.raw`^a version of this article appears in print\b.*$`,
    String.raw`^.{0,200}\bsign up here\.?$`,
    String.raw`^(share|tweet|email|print|copy link)(\s*[|·/]\s*(share|tweet|email|print|copy link|facebook|twitter|x|whatsapp|linkedin))+$`,
    String.raw`^[\p{Lu} ]+/[\p{L} ]+(/[\p{L} ]+)*$`,
  ].join('|'),
  'iu',
);

/** A block that is only a button's or a widget's words: "Listen", "Comment", "Gift Article", "Share", "12 comments". */
export const INTERFACE_WORDS =
  /^(?:listen(?: to (?:this|the) (?:article|story))?(?: \d+ min)?|\d* ?comments?|gift (?:this )?article|save(?: article)?|print|share(?: this)?(?: article| story)?|copy link|follow|advertisement|skip to (?:main )?content|sign in|log in|subscribe|menu|search|close|more|image|video|play|watch|opens in new window|toggle caption|expand|enlarge this image|\d+ min read|\d+)$/i;

/** A byline that gives the writer's post after a comma: "By Ann Lee, Staff Writer", "By Bo Ma and Ann Lee, Reuters". */
const BYLINE_WITH_TITLE = /^(?:by|written by)\s+\p{Lu}[\p{L}.'-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'-]+){0,5}\s*,\s*[\p{L}&'-]+(?:\s+[\p{L}&'-]+){0,3}$/iu;

/** Whether a line is a byline with the writer's post after the name (rule byline-with-title). */
export function isBylineWithTitle(line: string): boolean {
  return RECOGNITION_RULES.bylineWithTitle.on && BYLINE_WITH_TITLE.test(line);
}

/** A word opening with a month's or a day's first three letters: stamps write them in full or short, any case. */
const opening = (names: readonly string[]) => `(?:${names.map((name) => name.slice(0, 3).toLowerCase()).join('|')})[a-z]*`;
const MONTH_NAME = String.raw`${opening(MONTH_NAMES)}\.?`;
const WEEKDAY_NAME = opening(WEEKDAY_NAMES);
/** A date stamp on its own: "September 3, 2025 1:05 PM GMT Updated 36 mins ago", "Tue 7 Oct 2025 15.35 BST". */
const DATE_STAMP = new RegExp(
  String.raw`^(?:(?:updated|published|posted|last modified on)\s*:?\s*)?(?:${WEEKDAY_NAME}\.?,?\s+)?(?:\d{1,2}\s+${MONTH_NAME}|${MONTH_NAME}\s+\d{1,2}),?\s+\d{4}(?:[\s,]*(?:\d{1,2}[:.]\d{2}|[ap]\.?m\.?|gmt|bst|utc|cet|cest|[ecmp][sd]?t|updated|published|ago|\d+|mins?|minutes?|hours?|hrs?|at|on|last|modified))*\s*$`,
  'i',
);

/** Whether a line is only a date and time, as pages print them above or below an article. */
export function isDateStamp(line: string): boolean {
  return line.length <= 100 && DATE_STAMP.test(line);
}

/** A credit line: "PHOTO: REUTERS", "Photo: Getty Images" (a label, then a few capitalised words and nothing else). */
function isPhotoCredit(line: string): boolean {
  const match = /^(?:file )?(?:photo|photos|picture|image)s?(?: ?credit)?\s*:\s*(.+)$/i.exec(line);
  if (!match) return false;
  const credit = itemAt(match, 1);
  const words = credit.split(/[\s/]+/).filter(Boolean);
  return words.length <= 6 && words.every((w) => /^[\p{Lu}\p{N}&'.-]/u.test(w)) && !/[.!?]\s/.test(credit);
}

/** A caption's leading label: "FILE PHOTO: Demonstrators march …". */
const CAPTION_LABEL = /^(?:file photo|photo|picture|video|watch)\s*:/i;

/** A credit in brackets closing a caption line, its label captured: "(Photo: Dana Reyes / AP)", "(AP Photo/Jo Lee)" is not one. */
const BRACKETED_CREDIT = /(\((?:file photo|photo|photos|picture|image|credit)\s*:)[^()]{1,80}\)\s*$/i;
/** A caption set in brackets, as scraped pages print it between paragraphs: "(Photo: Relatives mourn …", "[Image: …". */
const BRACKETED_CAPTION_LABEL = /^[([]\s*(?:file photo|photo|picture|image|video|watch)\s*:/i;

/**
 * A link to another story set into the text, as news sites print it between paragraphs: "Also Read: Sensex falls …",
 * "READ ALSO | …", "Must Watch - …". The whole line is furniture: the headline after the label is another story's.
 */
const ALSO_READ_LABEL = /^(?:also (?:read|see|watch|check)|(?:read|watch|see) also|must (?:read|watch)|related)\s*[:|\-–—]/i;

/** A trailing agency credit inside a caption line: "… May 21, 2024. REUTERS/David Ryder/File Photo". */
const TRAILING_CREDIT = /(?:^|\s)(\p{Lu}{2,}(?:\/[\p{L} .'-]+)+)\s*$/u;

/** Finds furniture spans in text, line by line. */
export function findFurniture(text: string): Span[] {
  const spans: Span[] = [];
  const linePattern = /[^\r\n]+/g;
  for (let match = linePattern.exec(text); match; match = linePattern.exec(text)) {
    const line = match[0].trim();
    const start = match.index + match[0].indexOf(line);
    if (FURNITURE_LINE.test(line) || isBylineWithTitle(line) || isPhotoCredit(line) || isDateStamp(line)) {
      spans.push({ start, end: start + line.length });
      continue;
    }
    // "Also Read: Floods cut off Assam": another story's headline, whose names and links are no part of this one.
    if (RECOGNITION_RULES.alsoReadLabel.on && ALSO_READ_LABEL.test(line)) {
      spans.push({ start, end: start + line.length });
      continue;
    }
    const label = CAPTION_LABEL.exec(line) ?? (RECOGNITION_RULES.bracketedCaptionLabel.on ? BRACKETED_CAPTION_LABEL.exec(line) : null);
    if (label) spans.push({ start, end: start + label[0].length });
    // "… in Yuma on Thursday. (Photo: Dana Reyes / AP)": a credit's label in brackets at a caption's end (rule
    // bracketed-credit-label); the names after it stay, as after a leading label.
    const bracketed = RECOGNITION_RULES.bracketedCreditLabel.on ? BRACKETED_CREDIT.exec(line) : null;
    if (bracketed) spans.push({ start: start + bracketed.index, end: start + bracketed.index + itemAt(bracketed, 1).length });
    const credit = TRAILING_CREDIT.exec(line);
    if (credit) {
      const creditStart = start + credit.index + credit[0].indexOf(itemAt(credit, 1));

      spans.push({ start: creditStart, end: start + line.length });
    }
  }
  return spans;
}
