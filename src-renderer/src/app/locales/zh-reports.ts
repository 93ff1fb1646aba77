/** Chinese text for the 核对报告 page. */
export const zhReports = {
  reports: {
    verify: {
      title: '核对报告',
      intro:
        '核对本程序生成的报告是否仍与数据库一致：输入纸质报告封面或页脚上的报告编号，或拖入报告 PDF 文件。系统按报告生成时的数据和操作日志重新计算指纹并与登记的指纹比较；核对只读取数据，不做任何改动。',
      byNumber: '按报告编号核对（纸质报告）',
      number: '报告编号',
      numberHint: '格式：BG-年份-四位序号，如 BG-2026-0001',
      numberFormat: '报告编号格式应为 BG-年份-四位序号，如 BG-2026-0001',
      check: '核对',
      byFile: '按 PDF 文件核对',
      drop: '将报告 PDF 拖到此处，或点击选择文件',
      dropHint: '只接受本程序生成的报告 PDF',
      matches: '一致',
      differs: '不一致',
      facts: '报告编号 {{number}} · 生成时间 {{at}}（北京时间） · 指纹 {{fingerprint}}',
      matchesExplain: '按报告生成时的数据重新计算的指纹与登记的指纹相同，报告内容与数据库记录一致。',
      edited: '文件中的指纹与报告登记簿中登记的不同，文件可能被改动过。',
      noLoggedChange: '操作日志中没有与本报告有关的后续记录：数据可能未经本程序被改动，请系统管理员核验操作日志。',
      changesSince: '报告生成后，与本报告有关的记录有 {{count}} 处变动：',
      at: '时间（北京时间）',
      user: '操作人',
      op: '操作',
      object: '对象',
    },
  },
};
