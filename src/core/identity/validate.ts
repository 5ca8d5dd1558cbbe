import { isIsoDate } from '../dates.js';
import type { IdType } from './id-types.js';

export type IdValidation =
  | { valid: true; normalized: string; birthDate?: string; sex?: 'male' | 'female' }
  | { valid: false; code: string; message: string };

// GB 11643-1999: ISO 7064 MOD 11-2 weights and the check characters for remainders 0…10.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The check character of the first 17 digits of an 18-character ID number. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

function invalid(code: string, message: string): IdValidation {
  return { valid: false, code, message };
}

/**
 * Validates an 18-character number of the resident-ID layout (also used by the HK/Macau/Taiwan
 * residence permits and the 2023 foreigner's permanent residence ID): digits, a real birth date
 * that is not in the future, and the check character compared as a string.
 */
function validateEighteen(number: string, today: string): IdValidation {
  if (!/^\d{17}[\dX]$/.test(number)) {
    return invalid('identity.format', '证件号码应为18位，前17位为数字，末位为数字或X');
  }
  const birth = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  if (!isIsoDate(birth) || birth < '1800-01-01' || birth > today) {
    return invalid('identity.birth_date', '证件号码中的出生日期不是有效日期');
  }
  if (checkCharacter(number.slice(0, 17)) !== number[17]) {
    return invalid('identity.checksum', '证件号码校验位不正确，请核对');
  }
  const sex = Number(number[16]) % 2 === 1 ? 'male' : 'female';
  return { valid: true, normalized: number, birthDate: birth, sex };
}

/** Upgrades a legacy 15-digit resident ID (2-digit year, no check character) to 18 characters. */
export function upgradeLegacyId(number15: string): string {
  const first17 = `${number15.slice(0, 6)}19${number15.slice(6)}`;
  return first17 + checkCharacter(first17);
}

/**
 * Validates and normalises an identity document number. `today` (a Shanghai date) bounds birth
 * dates; it is passed in because core code has no clock.
 */
export function validateIdentity(type: IdType, raw: string, today: string): IdValidation {
  const number = raw.trim().toUpperCase();
  if (number.length === 0) return invalid('identity.empty', '请输入证件号码');
  switch (type) {
    case 'resident_id': {
      if (/^\d{15}$/.test(number)) return validateEighteen(upgradeLegacyId(number), today);
      const result = validateEighteen(number, today);
      if (result.valid && /^8[123]0000/.test(number)) {
        return invalid('identity.wrong_type', '该号码为港澳台居民居住证号码，请选择对应证件类型');
      }
      return result;
    }
    case 'hk_macau_permit': {
      if (/^8[12]0000\d{11}[\dX]$/.test(number)) return validateEighteen(number, today);
      if (/^[HM](\d{8}|\d{10})$/.test(number)) return { valid: true, normalized: number };
      return invalid('identity.format', '港澳居民证件应为H或M开头加8位或10位数字，或以810000/820000开头的18位居住证号码');
    }
    case 'taiwan_permit': {
      if (/^830000\d{11}[\dX]$/.test(number)) return validateEighteen(number, today);
      if (/^(\d{8}|\d{10})$/.test(number)) return { valid: true, normalized: number };
      return invalid('identity.format', '台湾居民证件应为8位或10位数字，或以830000开头的18位居住证号码');
    }
    case 'foreign_permanent_id': {
      if (/^9\d{16}[\dX]$/.test(number)) return validateEighteen(number, today);
      if (/^[A-Z]{3}\d{12}$/.test(number)) return { valid: true, normalized: number };
      return invalid('identity.format', '外国人永久居留身份证应为9开头的18位号码，或3位字母加12位数字的旧版号码');
    }
    case 'passport': {
      if (/^[A-Z0-9]{5,17}$/.test(number)) return { valid: true, normalized: number };
      return invalid('identity.format', '护照号码应为5至17位字母或数字');
    }
  }
}
