/** Identity documents a resident may present at a window. */
export const ID_TYPES = [
  'resident_id',
  'hk_macau_permit',
  'taiwan_permit',
  'foreign_permanent_id',
  'passport',
] as const;
export type IdType = (typeof ID_TYPES)[number];

export const ID_TYPE_LABELS: Record<IdType, string> = {
  resident_id: '居民身份证',
  hk_macau_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  foreign_permanent_id: '外国人永久居留身份证',
  passport: '护照',
};
