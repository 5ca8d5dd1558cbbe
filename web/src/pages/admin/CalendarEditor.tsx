/**
 * The working-day calendar of a year: the days that differ from the Monday–Friday rule
 * (statutory holidays and makeup workdays), and whether the year's table has been entered.
 * Deadlines across a year not entered are provisional.
 */
import { Alert, Button, Card, InputNumber, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { CalendarDay } from '../../api/types';
import { errorText, useFeedback } from '../../lib/feedback';
import { formatDate, todayInShanghai } from '../../lib/format';
import { useMeta } from '../../lib/meta';
import { useLoad } from '../../lib/use-load';
import { DayForm, type DayValues } from './DayForm';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const weekday = (date: string) => `星期${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]}`;

export function CalendarEditor() {
  const { message, showError } = useFeedback();
  const meta = useMeta();
  // The server's business date decides the year (its clock may differ from this computer's).
  const [year, setYear] = useState(() => Number((meta?.businessDate ?? todayInShanghai()).slice(0, 4)));
  const calendar = useLoad(() => api.calendarYear(year), [year]);
  const [editing, setEditing] = useState<CalendarDay | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [isMarking, setIsMarking] = useState(false);
  const data = Number(calendar.data?.year) === year ? calendar.data : undefined;

  const save = async ({ date, workday, name }: DayValues) => {
    setIsSaving(true);
    try {
      await api.setCalendarDay(date, { workday, name: name?.trim() || null });
      message.success(`已保存 ${formatDate(date)}：${workday ? '工作日' : '休息日'}`);
      setEditing(null);
      await calendar.reload();
    } catch (err) {
      showError(err, '保存失败');
    } finally {
      setIsSaving(false);
    }
  };

  const markEntered = async () => {
    setIsMarking(true);
    try {
      await api.markYearEntered(year);
      message.success(`已确认${year}年节假日安排录入完成`);
      await calendar.reload();
    } catch (err) {
      showError(err, '操作失败');
    } finally {
      setIsMarking(false);
    }
  };

  return (
    <Card
      title="节假日安排"
      extra={
        <Space>
          <label htmlFor="calendar-year">年份</label>
          <InputNumber id="calendar-year" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        </Space>
      }
    >
      {calendar.error != null && <Alert type="error" showIcon title={errorText(calendar.error)} />}
      {data && (
        <Space style={{ marginBottom: 16 }} wrap>
          {data.entered ? (
            <Tag color="green" data-testid="year-entered">{year}年已录入</Tag>
          ) : (
            <Tag color="orange" data-testid="year-entered">{year}年尚未录入</Tag>
          )}
          <Popconfirm
            title={`确认${year}年的节假日与调休已全部录入？`}
            okText="确认"
            cancelText="取消"
            onConfirm={() => void markEntered()}
          >
            <Button disabled={data.entered} loading={isMarking}>
              标记{year}年已录入
            </Button>
          </Popconfirm>
        </Space>
      )}
      <DayForm year={year} editing={editing} isSaving={isSaving} onSave={(v) => void save(v)} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        下表仅列出与“周一至周五上班”常规不同的日期。
      </Typography.Paragraph>
      <Table<CalendarDay>
        rowKey="date"
        size="small"
        loading={calendar.isLoading}
        dataSource={data?.days ?? []}
        pagination={false}
        locale={{ emptyText: '该年度暂无例外日期' }}
        columns={[
          { title: '日期', dataIndex: 'date', render: (d: string) => `${formatDate(d)}（${weekday(d)}）` },
          {
            title: '类型',
            dataIndex: 'workday',
            render: (w: boolean) => (w ? <Tag color="blue">工作日</Tag> : <Tag color="red">休息日</Tag>),
          },
          { title: '名称', dataIndex: 'name', render: (n: string | null) => n ?? '—' },
          {
            title: '操作',
            key: 'edit',
            render: (_, day) => (
              <Button size="small" onClick={() => setEditing(day)}>
                修改
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
