/**
 * 窗口配置测算: how many comprehensive windows each opening hour needs to meet the centre's wait
 * target, from its own queue log or from figures the manager enters, and what the windows open
 * now would give. The server does the arithmetic (Erlang C); this page asks and shows.
 */
import { Alert, Button, Card, Input, InputNumber, Segmented, Space, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { StaffingPlan } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { StaffingChart } from './StaffingChart';
import { StaffingTable } from './StaffingTable';
import {
  basisText,
  enteredBody,
  hourLabel,
  inputsFromPlan,
  OPENING_HOURS,
  targetText,
  type EnteredInputs,
} from './staffing-format';

type Mode = 'history' | 'entered';

const EMPTY_INPUTS: EnteredInputs = {
  arrivals: Object.fromEntries(OPENING_HOURS.map((h) => [h, null])),
  meanServiceMinutes: 8,
  currentWindows: null,
};

export default function StaffingPlanner() {
  const [mode, setMode] = useState<Mode>('history');
  const [targetMinutes, setTargetMinutes] = useState<number | null>(15);
  const [targetPercent, setTargetPercent] = useState<number | null>(80);
  const [range, setRange] = useState({ from: '', to: '' });
  const [inputs, setInputs] = useState<EnteredInputs>(EMPTY_INPUTS);
  const [plan, setPlan] = useState<StaffingPlan>();
  const [error, setError] = useState<unknown>(null);
  const [isLoading, setIsLoading] = useState(false);
  // The latest request wins: a slow answer to an earlier one is dropped.
  const generation = useRef(0);
  const hasSeededInputs = useRef(false);

  const ask = useCallback(async (load: () => Promise<StaffingPlan>) => {
    const mine = ++generation.current;
    setIsLoading(true);
    try {
      const answer = await load();
      if (mine !== generation.current) return;
      setPlan(answer);
      setError(null);
      if (answer.source === 'history') {
        setRange({ from: answer.from ?? '', to: answer.to ?? '' });
        // The entered form starts from the centre's own figures the first time.
        if (!hasSeededInputs.current) setInputs(inputsFromPlan(answer));
        hasSeededInputs.current = true;
      }
    } catch (err) {
      if (mine === generation.current) setError(err);
    } finally {
      if (mine === generation.current) setIsLoading(false);
    }
  }, []);

  useEffect(() => {
    // The default range (four weeks up to yesterday) is the server's.
    void ask(() => api.staffingPlan());
  }, [ask]);

  const target = { targetMinutes: targetMinutes ?? 15, targetShare: (targetPercent ?? 80) / 100 };
  const body = enteredBody(inputs, target);
  const run = () => {
    if (mode === 'history') {
      void ask(() =>
        api.staffingPlan({ ...target, from: range.from || undefined, to: range.to || undefined }),
      );
    } else if (typeof body !== 'string') {
      void ask(() => api.staffingPlanEntered(body));
    }
  };
  const setArrivals = (hour: number, value: number | null) =>
    setInputs((i) => ({ ...i, arrivals: { ...i.arrivals, [hour]: value } }));

  return (
    <Card title="窗口配置测算" size="small" data-testid="staffing-planner">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap size="middle">
          <Segmented<Mode>
            value={mode}
            onChange={setMode}
            options={[
              { label: '按历史数据', value: 'history' },
              { label: '按填报数据', value: 'entered' },
            ]}
          />
          <Space.Compact>
            <Space.Addon>目标</Space.Addon>
            <InputNumber
              aria-label="达标比例（%）"
              min={1}
              max={99}
              value={targetPercent}
              onChange={setTargetPercent}
              suffix="%"
              style={{ width: 90 }}
            />
            <Space.Addon>的群众等候不超过</Space.Addon>
            <InputNumber
              aria-label="目标等候（分钟）"
              min={0}
              max={240}
              value={targetMinutes}
              onChange={setTargetMinutes}
              suffix="分钟"
              style={{ width: 110 }}
            />
          </Space.Compact>
        </Space>

        {mode === 'history' ? (
          <Space wrap>
            <span>取号记录从</span>
            <Input
              type="date"
              aria-label="开始日期"
              value={range.from}
              onChange={(e) => setRange((r) => ({ ...r, from: e.target.value }))}
              style={{ width: 160 }}
            />
            <span>至</span>
            <Input
              type="date"
              aria-label="结束日期"
              value={range.to}
              onChange={(e) => setRange((r) => ({ ...r, to: e.target.value }))}
              style={{ width: 160 }}
            />
            <Button type="primary" loading={isLoading} onClick={run}>
              测算
            </Button>
          </Space>
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">
              各时段每小时到达人数（已按历史数据预填，可修改）：
            </Typography.Text>
            <Space wrap size={[8, 8]}>
              {OPENING_HOURS.map((h) => (
                <InputNumber
                  key={h}
                  aria-label={`${hourLabel(h)} 到达人数`}
                  prefix={hourLabel(h)}
                  min={0}
                  max={10000}
                  value={inputs.arrivals[h]}
                  onChange={(v) => setArrivals(h, v)}
                  style={{ width: 130 }}
                />
              ))}
            </Space>
            <Space wrap>
              <Space.Compact>
                <Space.Addon>平均办理</Space.Addon>
                <InputNumber
                  aria-label="平均办理时长"
                  suffix="分钟"
                  min={0.5}
                  max={240}
                  step={0.5}
                  value={inputs.meanServiceMinutes}
                  onChange={(v) => setInputs((i) => ({ ...i, meanServiceMinutes: v }))}
                />
              </Space.Compact>
              <Space.Compact>
                <Space.Addon>当前窗口</Space.Addon>
                <InputNumber
                  aria-label="当前窗口数"
                  placeholder="按开放数"
                  suffix="个"
                  min={0}
                  max={200}
                  precision={0}
                  value={inputs.currentWindows}
                  onChange={(v) => setInputs((i) => ({ ...i, currentWindows: v }))}
                />
              </Space.Compact>
              <Button
                type="primary"
                loading={isLoading}
                disabled={typeof body === 'string'}
                onClick={run}
              >
                测算
              </Button>
              {typeof body === 'string' && <Typography.Text type="warning">{body}</Typography.Text>}
            </Space>
          </Space>
        )}

        {error != null && <Alert type="error" showIcon title={errorText(error)} />}
        {plan && (
          <>
            <Typography.Text>
              {basisText(plan)}目标：{targetText(plan)}。
            </Typography.Text>
            {plan.notes.map((note) => (
              <Alert
                key={note}
                type={note.includes('默认') || note.includes('没有') ? 'warning' : 'info'}
                showIcon
                title={note}
              />
            ))}
            <StaffingChart plan={plan} />
            <StaffingTable plan={plan} />
          </>
        )}
      </Space>
    </Card>
  );
}
