// Money and months for the billing pages. Amounts arrive as decimal strings ("0.90", "25", even "2E+1"
// when the server strips trailing zeros) and are shown as text: never parsed into floating point, only
// written out plainly and padded to the currency's usual decimals.

/** "2E+1" → "20", "1.5E-3" → "0.0015"; plain decimals as they are; anything else unchanged. */
export function plainDecimal(value) {
  if (value === null || value === undefined) return '';
  const text = String(value).trim();
  const m = /^([+-]?)(\d+)(?:\.(\d*))?[eE]([+-]?\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, int, frac = '', expText] = m;
  const digits = int + frac;
  const point = int.length + Number(expText);
  let out;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  out = out.replace(/^0+(?=\d)/, '');
  return (sign === '-' ? '-' : '') + out;
}

const digitsCache = new Map();

/** The usual number of decimals of a currency (2 for USD, 0 for JPY); 2 when the browser does not know it. */
export function currencyDigits(currency) {
  if (!currency) return 2;
  if (!digitsCache.has(currency)) {
    let digits = 2;
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().minimumFractionDigits;
    } catch {
      // an unknown code: keep 2
    }
    digitsCache.set(currency, digits);
  }
  return digitsCache.get(currency);
}

/** A decimal string padded with zeros to at least {digits} decimals (never rounded or cut). */
export function padDecimals(value, digits) {
  const text = plainDecimal(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  const [int, frac = ''] = text.split('.');
  if (frac.length >= digits) return text;
  return digits === 0 ? int : `${int}.${frac.padEnd(digits, '0')}`;
}

/** An amount for people: "1234.5" in USD → "1,234.50"; the exact digits are kept. */
export function formatAmount(value, currency) {
  if (value === null || value === undefined || value === '') return '';
  const text = padDecimals(value, currencyDigits(currency));
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  if (!m) return text;
  return m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (m[3] || '');
}

/** "1,234.50 USD". */
export const formatMoney = (value, currency) => (value === null || value === undefined || value === ''
  ? '' : `${formatAmount(value, currency)} ${currency ?? ''}`.trim());

/** A tax rate fraction as a percentage: "0.06" → "6 %", "0.075" → "7.5 %". */
export function formatRate(rate) {
  const text = plainDecimal(rate);
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  const [int, frac = ''] = text.split('.');
  const padded = frac.padEnd(2, '0');
  let whole = (int + padded.slice(0, 2)).replace(/^(-?)0+(?=\d)/, '$1');
  const rest = padded.slice(2).replace(/0+$/, '');
  if (whole === '-0' && !rest) whole = '0';
  return `${whole}${rest ? `.${rest}` : ''} %`;
}

export const isMonth = (text) => /^\d{4}-(0[1-9]|1[0-2])$/.test(text ?? '');

/** "2026-11" moved by {months}. */
export function addMonths(month, months) {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month before the current one, in the viewer's calendar: the month usually being invoiced. */
export function previousMonth(now = new Date()) {
  const current = `${String(now.getFullYear()).padStart(4, '0')}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  return addMonths(current, -1);
}

/** "2026-11" → "November 2026". */
export function formatMonth(month) {
  if (!isMonth(month)) return month ?? '';
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, 1)));
}
