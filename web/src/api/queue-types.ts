/**
 * The queue's newer objects (src/modules/tickets, appointments, hall-monitor): the priority lane,
 * held and reinstated tickets, appointments, the live ticket position and the hall monitor.
 */
import type { IssuedTicket, Ticket, TicketStatus, WindowCurrent } from './types';

/** Reasons for the priority lane (绿色通道), as the server names them. */
export type PriorityReason = 'military' | 'elderly' | 'disabled' | 'pregnant';

/** A ticket's status including `held` (暂停: the resident fetches a missing paper). */
export type QueueTicketStatus = TicketStatus | 'held';

/** A ticket as the queue routes answer it: with its priority reason and the held status. */
export interface QueueTicket extends Omit<Ticket, 'status'> {
  status: QueueTicketStatus;
  priority: PriorityReason | null;
}

/** The ticket at a window: only ever called or serving, and it carries its priority. */
export interface WindowTicket extends Ticket {
  priority: PriorityReason | null;
}

export interface QueueWindowCurrent extends Omit<WindowCurrent, 'ticket'> {
  ticket: WindowTicket | null;
}

/** What the kiosk may send: the line, a priority reason, or an ID number (only its age is used). */
export interface IssueTicketBody {
  line: string;
  priority?: PriorityReason;
  idNumber?: string;
}

/** A ticket just issued: `estimatedWaitMinutes` is null when no window serves its line now. */
export interface KioskTicket extends IssuedTicket {
  estimatedWaitMinutes: number | null;
  priority: PriorityReason | null;
}

export type TransferTarget = { line: string } | { windowId: string };

export interface PriorityUse {
  ticket: string;
  line: string;
  reason: string;
  reasonLabel: string;
  /** `asked` (chosen at the kiosk) or `id_age` (70 or older by the ID number entered). */
  source: string;
  at: string;
  status: string;
}

/** Where a ticket stands, for the resident's phone; `window` is set once called. */
export interface TicketPosition {
  number: string;
  lineName: string;
  status: QueueTicketStatus;
  statusLabel: string;
  ahead: number;
  estimatedWaitMinutes: number | null;
  window: string | null;
  centreCode: string;
}

export type AppointmentStatus = 'booked' | 'cancelled' | 'checked_in' | 'no_show';

/** A booking; `name` is masked (王*英). `band` is 'HH:MM-HH:MM'. */
export interface Appointment {
  id: string;
  /** The 8-digit booking code the resident checks in with. */
  code: string;
  date: string;
  band: string;
  itemCode: string;
  itemName: string;
  status: AppointmentStatus;
  name: string;
}

/** A booking in the manager's list: ID number and phone masked. */
export interface AppointmentRow extends Appointment {
  idNumber: string;
  phone: string;
}

export interface Availability {
  /** The working days open for booking (from the next working day). */
  dates: string[];
  date: string;
  open: boolean;
  dayLeft: number;
  bands: { band: string; left: number }[];
}

export interface BookingBody {
  idType: string;
  idNumber: string;
  name: string;
  phone: string;
  date: string;
  band: string;
  itemCode: string;
}

export interface CheckIn {
  ticket: KioskTicket;
  appointment: Appointment;
}

export interface MonitorWindow {
  id: string;
  number: number;
  name: string;
  kind: string;
  lines: string[];
  isOpen: boolean;
  clerkName: string | null;
  ticket: string | null;
  ticketStatus: string | null;
  servingMinutes: number | null;
  idleMinutes: number | null;
}

export interface MonitorLine {
  letter: string;
  name: string;
  waiting: number;
  longestWaitMinutes: number | null;
  /** The longest wait is past the centre's `waitAlertMinutes`. */
  alert: boolean;
}

export interface HallMonitor {
  at: string;
  waitAlertMinutes: number;
  windows: MonitorWindow[];
  lines: MonitorLine[];
  alerts: string[];
}
