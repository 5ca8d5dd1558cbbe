import { describe, expect, it } from 'vitest';
import { maskDigits, maskIdNumber, maskName, maskPhone } from './mask.js';

describe('masking personal data', () => {
  it('keeps the first and last characters of a name, an ID number and a phone number', () => {
    expect(maskName('张三明')).toBe('张*明');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskIdNumber('11010519491231002X')).not.toContain('19491231');
  });

  it('stars runs of six or more digits in free text, and leaves short numbers alone', () => {
    expect(maskDigits('请打13812345678联系我')).toBe('请打***********联系我');
    expect(maskDigits('身份证11010519491231002X')).toBe('身份证******************');
    expect(maskDigits('等了45分钟，3号窗口')).toBe('等了45分钟，3号窗口');
  });
});
