/**
 * The indicators Yimen reports, each computed from the day figures (FigureSums), the standing
 * figures (SnapshotFigures), the wait histogram or the open cases. Targets are the defaults of
 * DB31/T 467-2009 (third-party audit rules, appendix E) where the standard sets one; a centre may
 * override them in its settings. Rates are fractions 0–1 with unit '%' (displayed ×100).
 */
import type { FigureKey, SnapshotKey } from './figures.js';
import { TARGETS } from './formulas.js';

export type IndicatorUnit = '%' | '分钟' | '工作日' | '件';

interface Common {
  code: string;
  name: string;
  unit: IndicatorUnit;
  defaultTarget: number | null;
  higherIsBetter: boolean;
  definition: string;
  formula: string;
  /** Where the indicator and its target come from. */
  clause: string;
}

/** part ÷ whole of the day figures or of the standing figures. */
interface Ratio extends Common {
  kind: 'ratio';
  source: 'figures' | 'snapshot';
  numerator: FigureKey | SnapshotKey;
  denominator: FigureKey | SnapshotKey;
}

/** A sum over a count (seconds are turned into minutes by `scale`). */
interface Average extends Common {
  kind: 'average';
  numerator: FigureKey;
  denominator: FigureKey;
  scale: number;
}

/** A plain count or sum of the day figures, or of the open cases past their deadline. */
interface Count extends Common {
  kind: 'count';
  source: 'figures' | 'open_cases';
  numerator: FigureKey | 'openOverdue';
}

/** The 90th percentile of waits in whole minutes, over waitCount tickets. */
interface Percentile extends Common {
  kind: 'percentile';
  denominator: FigureKey;
}

export type IndicatorDefinition = Ratio | Average | Count | Percentile;

const AUDIT = 'DB31/T 467-2009 第三方审核细则';
const TIME_LIMITS = '《行政许可法》第四十二条、第八十二条（期限以工作日计）';
const HALL = 'DB31/T 467-2009 E.2.3.1 b(5) 大厅现场管理（本系统统计口径）';
const RATINGS = 'GB/T 39734-2020 政务服务评价“好差评”';

export const INDICATORS = [
  {
    code: 'immediate_avg_minutes',
    name: '即办件平均办理时间',
    unit: '分钟',
    kind: 'average',
    numerator: 'immediateSecondsSum',
    denominator: 'immediateCount',
    scale: 1 / 60,
    defaultTarget: TARGETS.immediateAvgMinutes,
    higherIsBetter: false,
    definition: '当场办结的即办件，从窗口开始服务到办结的平均用时，按受理日统计',
    formula: '即办件办理总秒数 ÷ 60 ÷ 即办件计时数',
    clause: `${AUDIT} E.2.3.2 b(1)：即办件平均12分钟`,
  },
  {
    code: 'committed_avg_days',
    name: '承诺件平均办理时间',
    unit: '工作日',
    kind: 'average',
    numerator: 'committedDaysSum',
    denominator: 'committedDecided',
    scale: 1,
    defaultTarget: TARGETS.committedAvgDays,
    higherIsBetter: false,
    definition:
      '作出决定的承诺件，自受理至决定的工作日数（扣除补正等暂停计时的工作日）的平均值，按决定日统计',
    formula: '承诺件办理总工作日 ÷ 承诺件办结数',
    clause: `${AUDIT} E.2.3.2 b(2)：承诺件平均10天（按工作日计）`,
  },
  {
    code: 'on_spot_rate',
    name: '当场办结率',
    unit: '%',
    kind: 'ratio',
    source: 'figures',
    numerator: 'casesOnSpot',
    denominator: 'casesAccepted',
    defaultTarget: TARGETS.onSpotRate,
    higherIsBetter: true,
    definition: '当场办结的即办件占受理办件总数（即办件与承诺件）的比例，按受理日统计',
    formula: '当场办结数 ÷ 受理办件数',
    clause: `${AUDIT} E.2.3.2 c：当场办结率60%以上`,
  },
  {
    code: 'in_system_rate',
    name: '一门式软件办理比例',
    unit: '%',
    kind: 'ratio',
    source: 'snapshot',
    numerator: 'itemsInSystem',
    denominator: 'itemsOffered',
    defaultTarget: TARGETS.inSystemRate,
    higherIsBetter: true,
    definition: '在统一受理软件中办理的事项占本中心开设事项的比例，取统计截止日的中心快照',
    formula: '软件办理事项数 ÷ 开设事项数',
    clause: `${AUDIT} E.2.3.2 a：90%以上服务项目使用一门式软件`,
  },
  {
    code: 'inclusion_rate',
    name: '基本受理项目纳入率',
    unit: '%',
    kind: 'ratio',
    source: 'snapshot',
    numerator: 'basicItemsOffered',
    denominator: 'basicItems',
    defaultTarget: TARGETS.inclusionRate,
    higherIsBetter: true,
    definition: '本中心开设的基本受理项目占全市基本受理服务项目清单的比例，取统计截止日的中心快照',
    formula: '开设的基本受理项目数 ÷ 基本受理项目清单数',
    clause: `${AUDIT} E.2.2.1 b（实际受理项目与基本受理项目之比）；常规受理项目纳入率70%以上`,
  },
  {
    code: 'comprehensive_window_rate',
    name: '综合受理窗口比例',
    unit: '%',
    kind: 'ratio',
    source: 'snapshot',
    numerator: 'comprehensiveWindows',
    denominator: 'acceptanceWindows',
    defaultTarget: TARGETS.comprehensiveWindowRate,
    higherIsBetter: true,
    definition: '开放的综合受理窗口占受理窗口（综合与专项，回复、收付窗口不计）的比例',
    formula: '综合受理窗口数 ÷ 受理窗口数',
    clause: `${AUDIT} E.2.1.1 c(1)、E.2.3.1 c(1)：综合受理窗口50%以上`,
  },
  {
    code: 'all_round_rate',
    name: '全能人才比例',
    unit: '%',
    kind: 'ratio',
    source: 'snapshot',
    numerator: 'allRoundClerks',
    denominator: 'frontClerks',
    defaultTarget: TARGETS.allRoundRate,
    higherIsBetter: true,
    definition: '可受理全部综合事项的全能人才占在岗前台受理人员的比例',
    formula: '全能人才数 ÷ 前台受理人员数',
    clause: `${AUDIT} E.2.3.1 b：一口式全能人才比例50%以上`,
  },
  {
    code: 'on_time_rate',
    name: '承诺件按时办结率',
    unit: '%',
    kind: 'ratio',
    source: 'figures',
    numerator: 'committedOnTime',
    denominator: 'committedDecided',
    defaultTarget: 1,
    higherIsBetter: true,
    definition:
      '在办结期限（承诺时限加延长、扣除暂停）内作出决定的承诺件占作出决定的承诺件的比例，按决定日统计',
    formula: '按时办结数 ÷ 承诺件办结数',
    clause: TIME_LIMITS,
  },
  {
    code: 'overdue_count',
    name: '超期办结件数',
    unit: '件',
    kind: 'count',
    source: 'figures',
    numerator: 'committedOverdue',
    defaultTarget: 0,
    higherIsBetter: false,
    definition: '统计期内作出决定、决定时已超过办结期限的承诺件数，按决定日统计',
    formula: '超期办结数',
    clause: TIME_LIMITS,
  },
  {
    code: 'overdue_days',
    name: '超期工作日合计',
    unit: '工作日',
    kind: 'count',
    source: 'figures',
    numerator: 'committedOverdueDaysSum',
    defaultTarget: 0,
    higherIsBetter: false,
    definition: '统计期内超期办结的承诺件，决定日超过办结期限的工作日数之和',
    formula: '各超期办结件超期工作日之和',
    clause: TIME_LIMITS,
  },
  {
    code: 'open_overdue_count',
    name: '在办超期件数',
    unit: '件',
    kind: 'count',
    source: 'open_cases',
    numerator: 'openOverdue',
    defaultTarget: 0,
    higherIsBetter: false,
    definition:
      '截至统计截止日（结束日与今日中较早者）尚未作出决定、已过办结期限且未在补正暂停中的承诺件数',
    formula: '受理日 ≤ 截止日，未在截止日前决定，办结期限 < 截止日，截止日不在暂停中',
    clause: TIME_LIMITS,
  },
  {
    code: 'wait_avg_minutes',
    name: '平均等候时间',
    unit: '分钟',
    kind: 'average',
    numerator: 'waitSecondsSum',
    denominator: 'waitCount',
    scale: 1 / 60,
    defaultTarget: null,
    higherIsBetter: false,
    definition: '从取号到开始办理的平均等候时间；过号及未开始办理的号不计，按取号日统计',
    formula: '等候总秒数 ÷ 60 ÷ 已叫号办理数',
    clause: HALL,
  },
  {
    code: 'wait_p90_minutes',
    name: '90%等候时间',
    unit: '分钟',
    kind: 'percentile',
    denominator: 'waitCount',
    defaultTarget: null,
    higherIsBetter: false,
    definition: '等候时间（整分钟，向下取整）的第90百分位：90%的群众在此分钟数内（含）开始办理',
    formula: 'percentile_disc(0.9)，取累计占比首次达到90%的整分钟数',
    clause: HALL,
  },
  {
    code: 'no_show_rate',
    name: '过号率',
    unit: '%',
    kind: 'ratio',
    source: 'figures',
    numerator: 'ticketsNoShow',
    denominator: 'ticketsIssued',
    defaultTarget: null,
    higherIsBetter: false,
    definition: '叫号无人应答而过号的号占取号总数的比例，按取号日统计',
    formula: '过号数 ÷ 取号数',
    clause: HALL,
  },
  {
    code: 'appointment_show_rate',
    name: '预约到场率',
    unit: '%',
    kind: 'ratio',
    source: 'figures',
    numerator: 'appointmentsShown',
    denominator: 'appointmentsDue',
    defaultTarget: null,
    higherIsBetter: true,
    definition:
      '已签到的预约占应到预约（已签到、爽约及尚未签到，已取消的不计）的比例，按预约日统计',
    formula: '预约到场数 ÷ 应到预约数',
    clause: HALL,
  },
  {
    code: 'good_rating_rate',
    name: '好评率',
    unit: '%',
    kind: 'ratio',
    source: 'figures',
    numerator: 'ratingsGood',
    denominator: 'ratingsCount',
    defaultTarget: null,
    higherIsBetter: true,
    definition:
      '非常满意、满意（4–5级）的评价占全部评价的比例；申诉成立而撤销的评价不计，按评价日统计',
    formula: '好评数 ÷ 评价数',
    clause: RATINGS,
  },
  {
    code: 'bad_rating_followup_rate',
    name: '差评回访率',
    unit: '%',
    kind: 'ratio',
    source: 'figures',
    numerator: 'followupsDone',
    denominator: 'followupsDue',
    defaultTarget: 1,
    higherIsBetter: true,
    definition: '已联系群众回访的差评占应整改差评（撤销的除外）的比例，按差评日统计',
    formula: '已回访差评数 ÷ 应整改差评数',
    clause: `${RATINGS}；实名差评回访整改率100%`,
  },
  {
    code: 'followup_on_time_rate',
    name: '差评按时整改率',
    unit: '%',
    kind: 'ratio',
    source: 'figures',
    numerator: 'followupsOnTime',
    denominator: 'followupsDue',
    defaultTarget: 1,
    higherIsBetter: true,
    definition: '在联系时限内回访、并在整改时限内办结的差评占应整改差评的比例，按差评日统计',
    formula: '按时整改数 ÷ 应整改差评数',
    clause: `${RATINGS}；差评整改时限（中心设置）`,
  },
  {
    code: 'complaints_count',
    name: '投诉件数',
    unit: '件',
    kind: 'count',
    source: 'figures',
    numerator: 'complaintsCount',
    defaultTarget: null,
    higherIsBetter: false,
    definition: '统计期内收到的投诉件数（窗口、电话、网上），按收到日统计',
    formula: '投诉数',
    clause: 'DB31/T 467-2009 E.2.3.1 b(4) 投诉制度',
  },
  {
    code: 'complaint_answer_days',
    name: '投诉平均答复时间',
    unit: '工作日',
    kind: 'average',
    numerator: 'complaintsAnswerDaysSum',
    denominator: 'complaintsAnswered',
    scale: 1,
    defaultTarget: null,
    higherIsBetter: false,
    definition: '已答复投诉自收到至答复的平均工作日数，按收到日统计',
    formula: '投诉答复总工作日 ÷ 已答复投诉数',
    clause: 'DB31/T 467-2009 E.2.3.1 b(4) 投诉制度',
  },
] as const satisfies readonly IndicatorDefinition[];

export type IndicatorCode = (typeof INDICATORS)[number]['code'];

export const INDICATOR_CODES = INDICATORS.map((d) => d.code) as IndicatorCode[];

export function findIndicator(code: string): IndicatorDefinition | undefined {
  return (INDICATORS as readonly IndicatorDefinition[]).find((d) => d.code === code);
}

/** Indicators that come from the day figures alone, so they can be given for any group of days. */
export function isFlowIndicator(d: IndicatorDefinition): boolean {
  if (d.kind === 'ratio') return d.source === 'figures';
  if (d.kind === 'count') return d.source === 'figures';
  return true;
}
