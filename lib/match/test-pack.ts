/**
 * A small pack shaped like the seed domain, for matcher tests.
 */
import { fakeEntity, fakePack } from './fake-pack';

export const testPack = fakePack([
  fakeEntity('alibaba-cloud', 'org', '阿里雲', ['Aliyun'], { hans: '阿里云', en: 'Alibaba Cloud' }),
  fakeEntity('alibaba-group', 'org', '阿里巴巴集團', ['阿里巴巴', '阿里', 'Alibaba'], {
    hans: '阿里巴巴集团',
    en: 'Alibaba Group',
  }),
  fakeEntity('bailian', 'product', '阿里雲百鍊', [], { hans: '阿里云百炼' }),
  fakeEntity('huawei', 'org', '華爲', ['華為'], { hans: '华为', en: 'Huawei' }),
  fakeEntity('wang-jian', 'person', '王堅', [], { hans: '王坚' }),
  fakeEntity('zhang-yong', 'person', '張勇', [], { hans: '张勇', en: 'Daniel Zhang' }),
  fakeEntity('cai-chongxin', 'person', '蔡崇信', [], { en: 'Joe Tsai' }),
  fakeEntity('zhou-jingren', 'person', '周靖人'),
  fakeEntity('baidu', 'org', '百度', [], { en: 'Baidu' }),
  fakeEntity('bloomberg', 'org', '彭博', [], { en: 'Bloomberg' }),
  fakeEntity('azure', 'product', 'Azure'),
  fakeEntity('cipu', 'product', 'CIPU'),
  fakeEntity('yitian', 'product', '倚天710', [
    { text: '倚天', ambiguous: true, evidence: ['alibaba-cloud'] },
  ]),
  fakeEntity('apsara', 'product', '飛天', [
    { text: '飛天', ambiguous: true, evidence: ['alibaba-cloud', 'cipu'] },
  ]),
  fakeEntity('qianfan', 'product', '文心千帆', [
    { text: '千帆', ambiguous: true, evidence: ['baidu'] },
  ]),
  fakeEntity('wuying', 'product', '無影雲電腦', [
    { text: '無影', ambiguous: true, evidence: ['alibaba-cloud'] },
  ]),
  fakeEntity('tongyi', 'product', '通義千問', [], { hans: '通义千问' }),
  fakeEntity('qwen-2', 'product', '通義千問2.0', [], { hans: '通义千问2.0' }),
  fakeEntity('ernie-4', 'product', '文心一言4.0'),
  fakeEntity('gpt-4', 'product', 'GPT-4', ['GPT4.0', 'GPT4']),
  fakeEntity('chatgpt', 'product', 'ChatGPT'),
  fakeEntity('gpt', 'concept', 'GPT'),
  fakeEntity('one-six-n', 'concept', '1+6+N'),
  fakeEntity('maas', 'concept', '模型即服務', ['MaaS']),
]);
