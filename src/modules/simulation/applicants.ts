/**
 * Made-up residents for simulated days: valid resident ID numbers (Shanghai area codes, real
 * birth dates, correct check characters), common names and mobile numbers. No real person's data.
 */
import { checkCharacter } from '../../core/identity/validate.js';
import { Random } from '../../core/random.js';

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '高',
  '罗',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '桂兰',
  '建华',
  '志强',
  '国庆',
  '海燕',
  '晓东',
];
const AREAS = [
  '310101',
  '310104',
  '310105',
  '310106',
  '310107',
  '310109',
  '310110',
  '310112',
  '310113',
  '310115',
];

function makePool(size: number) {
  const random = new Random(20260302);
  return Array.from({ length: size }, () => {
    const year = random.int(1940, 2004);
    const month = random.int(1, 12);
    const day = random.int(1, 28);
    const first17 = `${random.pick(AREAS)}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(random.int(0, 999)).padStart(3, '0')}`;
    return {
      idType: 'resident_id' as const,
      idNumber: first17 + checkCharacter(first17),
      name: random.pick(SURNAMES) + random.pick(GIVEN),
      phone: `13${random.int(5, 9)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
    };
  });
}

export const APPLICANT_POOL = makePool(400);
