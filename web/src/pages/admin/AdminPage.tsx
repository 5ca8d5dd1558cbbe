/** 系统管理: the working-day calendar and the item catalogue. */
import { Tabs } from 'antd';
import { CalendarEditor } from './CalendarEditor';
import { CatalogueTransfer } from './CatalogueTransfer';

export default function AdminPage() {
  return (
    <Tabs
      items={[
        { key: 'calendar', label: '节假日安排', children: <CalendarEditor /> },
        { key: 'catalogue', label: '事项目录', children: <CatalogueTransfer /> },
      ]}
    />
  );
}
