import { describe, expect, it } from 'vitest';
import { checkCharacter, upgradeLegacyId, validateIdentity } from './validate.js';
import { idTail, maskIdNumber, maskName, maskPhone } from './mask.js';

const today = '2026-03-02';

describe('resident ID numbers (GB 11643-1999)', () => {
  it('accepts the examples and reads birth date and sex', () => {
    expect(validateIdentity('resident_id', '11010519491231002X', today)).toEqual({
      valid: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
    });
    expect(validateIdentity('resident_id', '440524188001010014', today)).toMatchObject({ valid: true, birthDate: '1880-01-01', sex: 'male' });
  });

  it('accepts a lowercase x and stores it uppercase', () => {
    expect(validateIdentity('resident_id', ' 11010519491231002x ', today)).toMatchObject({ valid: true, normalized: '11010519491231002X' });
  });

  it('refuses an impossible birth date, a wrong check character and a bad shape', () => {
    expect(validateIdentity('resident_id', '110101199902292304', today)).toMatchObject({ valid: false, code: 'identity.birth_date' });
    expect(validateIdentity('resident_id', '110101200002292304', today)).toMatchObject({ valid: true, birthDate: '2000-02-29' });
    expect(validateIdentity('resident_id', '110105194912310021', today)).toMatchObject({ valid: false, code: 'identity.checksum' });
    expect(validateIdentity('resident_id', '11010519491231002', today)).toMatchObject({ valid: false, code: 'identity.format' });
    expect(validateIdentity('resident_id', '', today)).toMatchObject({ valid: false, code: 'identity.empty' });
  });

  it('refuses a birth date in the future', () => {
    const first17 = '11010120300101001';
    expect(validateIdentity('resident_id', first17 + checkCharacter(first17), today)).toMatchObject({ valid: false, code: 'identity.birth_date' });
  });

  it('upgrades a legacy 15-digit number to 18 characters', () => {
    expect(upgradeLegacyId('110105491231002')).toBe('11010519491231002X');
    expect(validateIdentity('resident_id', '110105491231002', today)).toMatchObject({ valid: true, normalized: '11010519491231002X' });
  });

  it('sends HK/Macau/Taiwan residence permits to their own type', () => {
    const first17 = '81000019900101001';
    const permit = first17 + checkCharacter(first17);
    expect(validateIdentity('resident_id', permit, today)).toMatchObject({ valid: false, code: 'identity.wrong_type' });
    expect(validateIdentity('hk_macau_permit', permit, today)).toMatchObject({ valid: true, sex: 'male' });
  });
});

describe('other identity documents', () => {
  it.each([
    ['hk_macau_permit', 'H12345678', true],
    ['hk_macau_permit', 'M1234567890', true],
    ['hk_macau_permit', 'X12345678', false],
    ['taiwan_permit', '12345678', true],
    ['taiwan_permit', '1234567', false],
    ['foreign_permanent_id', 'USA110012345678', true],
    ['foreign_permanent_id', 'US1100123456789', false],
    ['passport', 'E12345678', true],
    ['passport', 'E1', false],
  ] as const)('%s %s → %s', (type, number, valid) => {
    expect(validateIdentity(type, number, today).valid).toBe(valid);
  });

  it('checks the new foreigner permanent residence ID like a resident ID', () => {
    const first17 = '93310019900101001';
    expect(validateIdentity('foreign_permanent_id', first17 + checkCharacter(first17), today).valid).toBe(true);
    expect(validateIdentity('foreign_permanent_id', `${first17}0`.replace(/.$/, checkCharacter(first17) === '0' ? '1' : '0'), today).valid).toBe(false);
  });
});

describe('masking', () => {
  it('keeps only what a list or a screen needs', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskName('张三明')).toBe('张*明');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('欧阳小华')).toBe('欧**华');
    expect(idTail('11010519491231002x')).toBe('002X');
  });
});
