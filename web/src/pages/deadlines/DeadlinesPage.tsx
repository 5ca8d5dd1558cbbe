/** 办件时限 (centre manager): every open committed case by deadline, the digest, and extensions to decide. */
import { Typography } from 'antd';
import { useUser } from '../../lib/session';
import { DeadlinesView } from './DeadlinesView';

export default function DeadlinesPage() {
  const user = useUser();
  return (
    <>
      <Typography.Title level={3}>办件时限</Typography.Title>
      <DeadlinesView user={user} />
    </>
  );
}
