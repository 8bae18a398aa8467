import { describeZodError } from '../../../shared/api/errors';
import { randomId } from '../../../shared/domain/ids';
import { serializePlanFile } from '../../../shared/file/serialize';
import { newPlanFromPlaybook } from '../../../shared/plan/newPlan';
import { PlanDoc } from '../../../shared/plan/plan';
import { APP_VERSION } from '../appVersion';
import { parseCommandArgs } from '../args';
import { CliFailure, EXIT, UsageFailure } from '../cliFailure';
import type { Command } from '../command';
import { readTandemFile } from '../readTandemFile';
import { writeOut } from '../writeOut';

export const newPlanCommand: Command = {
  name: 'new-plan',
  synopsis: '--playbook <playbook.tandem> --account <name> [--rep <name>] [--close <YYYY-MM-DD>] --out <plan.tandem>',
  summary: "Write a deal plan of the file's playbook version, every step not started.",
  run(args, io) {
    const { options } = parseCommandArgs(args, {
      positionals: [],
      options: ['playbook', 'account', 'rep', 'close', 'out'],
      required: ['playbook', 'account', 'out'],
    });
    const { file } = readTandemFile(options.playbook!);
    if (file.kind !== 'playbook') throw new CliFailure(`${options.playbook}: this is a ${file.kind} file; --playbook takes a playbook file.`);
    const now = new Date().toISOString();
    // A draft file is pinned as it is: the plan carries exactly the version it was made from.
    const playbook = { ...file.playbook, playbook: { ...file.playbook.playbook, status: 'published' as const } };
    const plan = newPlanFromPlaybook(
      playbook,
      { account: options.account!, rep: options.rep ?? '', targetCloseDate: options.close ?? null },
      { newId: randomId, now },
    );
    // Values come from the command line: hold them to the same rules as the app's dialog.
    const checked = PlanDoc.safeParse(plan);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const flag = { 'plan.account': '--account', 'plan.rep': '--rep', 'plan.targetCloseDate': '--close' }[issue?.path.join('.') ?? ''];
      if (flag) throw new UsageFailure(`${flag}: ${issue!.message}`);
      throw new CliFailure(`the plan is not valid: ${describeZodError(checked.error)}`);
    }
    writeOut(options.out!, serializePlanFile(checked.data, playbook, { now, appVersion: APP_VERSION }));
    io.out(`Wrote ${options.out}`);
    return EXIT.ok;
  },
};
