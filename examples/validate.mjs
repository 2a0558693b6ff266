// Validates the vendor documents' own example requests and prints each report.
import { validate } from 'instance-preflight';

const seedExample = {
  InstanceId: 'ins-r8hr2upy',
  ImageId: 'img-pmqg1cw7',
  SystemDisk: { DiskSize: 60 },
  LoginSettings: { Password: 'Qcloud@TestApi123++' },
  EnhancedService: { SecurityService: { Enabled: true }, MonitorService: { Enabled: true } },
};

const broken = {
  InstanceId: 'ins-1122',
  HostName: '-web..01',
  LoginSettings: { Password: 'short', KeyIds: ['skey-1122'] },
};

for (const [name, payload, options] of [
  ['Tencent seed example, Windows image', seedExample, { os: 'windows' }],
  ['Tencent seed example, Linux image', seedExample, { os: 'linux' }],
  ['A broken request, OS unknown, zh-CN', broken, { lang: 'zh-CN' }],
]) {
  const report = validate('tencent.cvm.ResetInstance', payload, options);
  console.log(`${name}: ${report.ok ? 'ok' : 'rejected'}`);
  for (const issue of report.issues) {
    const code = issue.vendor ? ` [${issue.vendor.code}]` : '';
    console.log(`  ${issue.severity} ${issue.rule} at ${issue.path.join('.') || '(payload)'}: ${issue.message}${code}`);
  }
}
