/** A button that opens 登记投诉, for the window page and the complaints page. */
import { Button } from 'antd';
import { useState } from 'react';
import type { ComplaintDetail } from '../../api/types';
import type { StaffChoice } from '../followups/known-staff';
import { RecordComplaintModal } from './RecordComplaintModal';

interface RecordComplaintButtonProps {
  staff?: StaffChoice[];
  onRecorded?: (complaint: ComplaintDetail) => void;
  type?: 'primary' | 'default';
}

export function RecordComplaintButton({
  staff,
  onRecorded,
  type = 'default',
}: RecordComplaintButtonProps) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button type={type} onClick={() => setIsOpen(true)}>
        登记投诉
      </Button>
      <RecordComplaintModal
        open={isOpen}
        staff={staff}
        onClose={() => setIsOpen(false)}
        onRecorded={(c) => {
          setIsOpen(false);
          onRecorded?.(c);
        }}
      />
    </>
  );
}
