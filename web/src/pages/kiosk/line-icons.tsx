/**
 * The icon of a line of business. The catalogue names icons in kebab case after Ant Design's
 * outlined set ("medicine-box") or plain words ("briefcase", "family"); names not listed here
 * fall back to the app-store icon.
 */
import {
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  CarOutlined,
  ContactsOutlined,
  FileTextOutlined,
  GiftOutlined,
  HeartOutlined,
  HomeOutlined,
  IdcardOutlined,
  InboxOutlined,
  InsuranceOutlined,
  MedicineBoxOutlined,
  ProfileOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  ShopOutlined,
  SmileOutlined,
  SolutionOutlined,
  TeamOutlined,
  ToolOutlined,
  UserOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { ComponentType, CSSProperties } from 'react';

const ICONS: Record<string, ComponentType<{ style?: CSSProperties; 'aria-hidden'?: boolean }>> = {
  appstore: AppstoreOutlined,
  audit: AuditOutlined,
  bank: BankOutlined,
  car: CarOutlined,
  contacts: ContactsOutlined,
  'file-text': FileTextOutlined,
  gift: GiftOutlined,
  heart: HeartOutlined,
  home: HomeOutlined,
  idcard: IdcardOutlined,
  inbox: InboxOutlined,
  insurance: InsuranceOutlined,
  'medicine-box': MedicineBoxOutlined,
  medicine: MedicineBoxOutlined,
  profile: ProfileOutlined,
  safety: SafetyOutlined,
  schedule: ScheduleOutlined,
  shop: ShopOutlined,
  smile: SmileOutlined,
  solution: SolutionOutlined,
  briefcase: SolutionOutlined,
  team: TeamOutlined,
  family: TeamOutlined,
  tool: ToolOutlined,
  user: UserOutlined,
  wallet: WalletOutlined,
};

export function LineIcon({ name, style }: { name: string; style?: CSSProperties }) {
  const key = name.replace(/(Outlined|Filled|TwoTone)$/, '').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  const Icon = ICONS[key] ?? AppstoreOutlined;
  return <Icon style={style} aria-hidden />;
}
