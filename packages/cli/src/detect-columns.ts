/** How a name column was chosen, for the line printed before screening. */
export interface ColumnChoice {
  indexes: number[];
  names: string[];
  guessed: boolean;
}

const ENTITY_WORDS = [
  'supplier',
  'vendor',
  'company',
  'manufacturer',
  'factory',
  'facility',
  'seller',
  'firm',
  'organisation',
  'organization',
  'business',
  'employer',
  'contractor',
  'counterparty',
  'customer',
  'partner',
  'brand',
  'entity',
  'beneficiary',
  'shipper',
  'consignee',
  // Spanish, French, German, Russian.
  'proveedor',
  'empresa',
  'fabricante',
  'fournisseur',
  'société',
  'societe',
  'entreprise',
  'fabricant',
  'lieferant',
  'firma',
  'unternehmen',
  'hersteller',
  'поставщик',
  'компания',
  'организация',
  'предприятие',
  'контрагент',
  'производитель',
];
const NAME_WORDS = ['name', 'names', 'nombre', 'nom', 'raison', 'название', 'наименование'];
// Korean, Chinese and Japanese headers have no spaces between words, so they are matched as parts of the header.
const CJK_ENTITY_PARTS = [
  '업체',
  '회사',
  '기업',
  '거래처',
  '공급사',
  '상호',
  '供应商',
  '供應商',
  '公司',
  '企业',
  '企業',
  '厂商',
  '廠商',
  '工厂',
  '工廠',
  '仕入先',
  '取引先',
  '会社',
  '社名',
  'メーカー',
];
const CJK_NAME_PARTS = ['명', '名'];
const CJK_EXCLUDED_PARTS = [
  '국가',
  '도시',
  '주소',
  '번호',
  '코드',
  '国家',
  '國家',
  '城市',
  '地址',
  '编号',
  '編號',
  '代码',
  '代碼',
  '住所',
  '都市',
  '国名',
  '番号',
  '電話',
  '电话',
  '전화',
  '担当',
  '담당',
  '联系',
  '聯繫',
];
// Headers that mention a name word but hold something else ("Supplier ID", "Contact name", "Company address").
const EXCLUDED_WORDS = [
  'id',
  'code',
  'no',
  'number',
  'address',
  'street',
  'city',
  'country',
  'region',
  'province',
  'state',
  'zip',
  'postcode',
  'email',
  'phone',
  'tel',
  'fax',
  'contact',
  'person',
  'first',
  'last',
  'user',
  'file',
  'product',
  'type',
  'category',
  'status',
  'date',
  'year',
  'count',
  'workers',
  'url',
  'website',
  'group',
  'país',
  'pais',
  'ciudad',
  'dirección',
  'direccion',
  'pays',
  'ville',
  'adresse',
  'land',
  'stadt',
  'ort',
  'straße',
  'страна',
  'город',
  'адрес',
  'инн',
  'код',
];

function splitHeaderWords(header: string): string[] {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function scoreCjkHeader(header: string): number {
  if (CJK_EXCLUDED_PARTS.some((part) => header.includes(part))) return 0;
  const hasEntity = CJK_ENTITY_PARTS.some((part) => header.includes(part));
  const hasName = CJK_NAME_PARTS.some((part) => header.includes(part));
  if (hasEntity && hasName) return 3;
  return hasEntity ? 1 : 0;
}

function scoreHeader(header: string): number {
  if (/[\p{sc=Hangul}\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}]/u.test(header))
    return scoreCjkHeader(header);
  const words = splitHeaderWords(header);
  if (words.length === 0 || words.some((word) => EXCLUDED_WORDS.includes(word))) return 0;
  const hasName = words.some((word) => NAME_WORDS.includes(word));
  const hasEntity = words.some((word) => ENTITY_WORDS.includes(word));
  if (hasName && hasEntity) return 3;
  if (hasName) return 2;
  return hasEntity ? 1 : 0;
}

/**
 * Guesses the columns that hold company names: every header that says "name" (Supplier Name, Factory_Name,
 * name) unless it names something else (Contact Name, Country Name); failing that, a header that names an entity
 * (Supplier, Vendor, Manufacturer).
 */
export function guessNameColumns(headers: readonly string[]): number[] {
  const scores = headers.map(scoreHeader);
  const best = Math.max(0, ...scores);
  if (best === 0) return [];
  const threshold = best >= 2 ? 2 : 1;
  return scores.flatMap((score, index) => (score >= threshold ? [index] : []));
}

/** Finds `--column` values among the headers: exact first, then ignoring case and surrounding spaces. */
export function findColumns(
  headers: readonly string[],
  wanted: readonly string[],
): { indexes: number[]; missing: string[] } {
  const indexes: number[] = [];
  const missing: string[] = [];
  const folded = headers.map((header) => header.trim().toLowerCase());
  for (const name of wanted) {
    let index = headers.indexOf(name);
    if (index < 0) index = folded.indexOf(name.trim().toLowerCase());
    if (index < 0) missing.push(name);
    else if (!indexes.includes(index)) indexes.push(index);
  }
  return { indexes, missing };
}

/** Columns that say where a supplier is: they go into the matcher's context, never into the names screened. */
export interface ContextColumns {
  countries: number[];
  cities: number[];
  addresses: number[];
}

const COUNTRY_WORDS = [
  'country',
  'nation',
  'país',
  'pais',
  'pays',
  'land',
  'страна',
  'государство',
];
const CITY_WORDS = ['city', 'town', 'ciudad', 'localidad', 'ville', 'stadt', 'ort', 'город'];
const ADDRESS_WORDS = [
  'address',
  'street',
  'addr',
  'dirección',
  'direccion',
  'domicilio',
  'adresse',
  'anschrift',
  'straße',
  'strasse',
  'адрес',
];
// Headers that mention a place word but hold something else ("Email address", "Country manager").
const NOT_PLACE_WORDS = ['email', 'mail', 'e', 'web', 'ip', 'url', 'manager', 'contact', 'phone'];
const CJK_COUNTRY_PARTS = [
  '국가',
  '나라',
  '国家',
  '國家',
  '国名',
  '国・地域',
  '国/地域',
  '國別',
  '国别',
];
const CJK_CITY_PARTS = ['도시', '城市', '都市', '市区町村'];
const CJK_ADDRESS_PARTS = ['주소', '地址', '住所', '所在地'];

function classifyPlaceHeader(header: string): keyof ContextColumns | undefined {
  const trimmed = header.trim();
  if (/[\p{sc=Hangul}\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}]/u.test(trimmed)) {
    if (trimmed === '国' || CJK_COUNTRY_PARTS.some((part) => trimmed.includes(part)))
      return 'countries';
    if (trimmed === '市' || CJK_CITY_PARTS.some((part) => trimmed.includes(part))) return 'cities';
    if (CJK_ADDRESS_PARTS.some((part) => trimmed.includes(part))) return 'addresses';
    return undefined;
  }
  const words = splitHeaderWords(trimmed);
  if (words.some((word) => NOT_PLACE_WORDS.includes(word))) return undefined;
  if (words.some((word) => COUNTRY_WORDS.includes(word))) return 'countries';
  if (words.some((word) => CITY_WORDS.includes(word))) return 'cities';
  if (words.some((word) => ADDRESS_WORDS.includes(word))) return 'addresses';
  return undefined;
}

/**
 * Finds the country, city and address columns (Country, Ciudad, Страна, 국가, 所在地…) among the headers that are
 * not screened as names.
 */
export function guessContextColumns(
  headers: readonly string[],
  nameColumns: readonly number[] = [],
): ContextColumns {
  const found: ContextColumns = { countries: [], cities: [], addresses: [] };
  headers.forEach((header, index) => {
    if (nameColumns.includes(index)) return;
    const kind = classifyPlaceHeader(header);
    if (kind) found[kind].push(index);
  });
  return found;
}
