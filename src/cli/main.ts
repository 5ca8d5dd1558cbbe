#!/usr/bin/env node
/**
 * yimen <command>: start (demo or production), migrate, create-centre, create-admin, simulate,
 * catalogue-export, catalogue-import, report-export, report-import.
 */
import { parseArgs } from 'node:util';

const [command = 'help', ...rest] = process.argv.slice(2);

async function main(): Promise<void> {
  switch (command) {
    case 'start': {
      const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean', default: false } } });
      const { start } = await import('./start.js');
      return start({ demo: values.demo ?? false });
    }
    case 'migrate': {
      const { migrateCommand } = await import('./admin-commands.js');
      return migrateCommand();
    }
    case 'create-centre': {
      const { createCentreCommand } = await import('./admin-commands.js');
      return createCentreCommand(rest);
    }
    case 'create-admin': {
      const { createAdminCommand } = await import('./admin-commands.js');
      return createAdminCommand(rest);
    }
    case 'catalogue-export':
    case 'catalogue-import': {
      const { catalogueCommand } = await import('./admin-commands.js');
      return catalogueCommand(command, rest);
    }
    case 'report-export': {
      const { reportExportCommand } = await import('./report-commands.js');
      return reportExportCommand(rest);
    }
    case 'report-import': {
      const { reportImportCommand } = await import('./report-commands.js');
      return reportImportCommand(rest);
    }
    case 'simulate': {
      const { simulateCommand } = await import('./simulate.js');
      return simulateCommand(rest);
    }
    default:
      console.log(`用法: yimen <命令>
  start [--demo]        启动服务（--demo：演示模式，首次启动创建演示中心与演示账号）
  migrate               执行数据库迁移并载入节假日与事项目录
  create-centre --code C --name N --district-code D --district-name DN
  create-admin --centre C --username U --name N   （密码从标准输入读取，或 YIMEN_ADMIN_PASSWORD）
  catalogue-export --out FILE.xlsx
  catalogue-import FILE.xlsx|FILE.json
  report-export --centre C --from YYYY-MM-DD --to YYYY-MM-DD --out DIR   导出数据上传批次
  report-import DIR     导入中心上报批次（交换格式 yimen-report/1）
  simulate --date YYYY-MM-DD --visitors N --seed S [--out DIR]
环境变量: PORT HOST DATABASE_URL YIMEN_DATA_DIR YIMEN_CLOCK_START YIMEN_PUBLIC_URL`);
      if (command !== 'help') process.exitCode = 2;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (process.env.YIMEN_DEBUG ? err.stack : err.message) : err);
  process.exit(1);
});
