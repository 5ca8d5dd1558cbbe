/**
 * 网上投诉, public (`/complaint?centre=demo`): file a complaint about the centre's service, and
 * see its answer later with the number and the lookup code. Large type, like the booking portal.
 */
import { Card, ConfigProvider, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useLoad } from '../../lib/use-load';
import { ComplaintLookup } from './ComplaintLookup';
import { OnlineComplaintForm } from './OnlineComplaintForm';
import './complaint.css';

const LARGE = { token: { fontSize: 18, controlHeight: 44, controlHeightLG: 56, fontSizeLG: 20 } };

export default function ComplaintPortalPage() {
  const [params] = useSearchParams();
  const centreCode = params.get('centre') || 'demo';
  const centre = useLoad(() => api.centre(centreCode), [centreCode]);
  const [tab, setTab] = useState(params.get('number') ? 'lookup' : 'submit');
  const [handed, setHanded] = useState<{ number: string; code: string } | null>(null);
  const info = centre.data?.centre;

  return (
    <ConfigProvider theme={LARGE}>
      <main className="complaint-page">
        <Typography.Title level={1} className="complaint-title">
          网上投诉
        </Typography.Title>
        <div className="complaint-centre">
          {info ? `${info.name} · 投诉电话 ${info.phone}` : ' '}
        </div>
        <Card className="complaint-card">
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: 'submit',
                label: '我要投诉',
                children: (
                  <OnlineComplaintForm
                    centreCode={centreCode}
                    onLookup={(number, code) => {
                      setHanded({ number, code });
                      setTab('lookup');
                    }}
                  />
                ),
              },
              { key: 'lookup', label: '查询答复', children: <ComplaintLookup initial={handed} /> },
            ]}
          />
        </Card>
      </main>
    </ConfigProvider>
  );
}
