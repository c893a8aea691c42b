import type { IndexEntity } from './types.js';

/** A small list shaped like the DPRK screening list, for the specification tests. */
export const FIXTURE_ENTITIES: readonly IndexEntity[] = [
  {
    id: 'ntc',
    name: 'Korea Namgang Trading Corporation',
    aliases: ['Namgang Trading Corporation', '조선남강무역회사'],
    weakAliases: ['NTC'],
  },
  { id: 'mokran', name: 'Mokran LLC' },
  {
    id: 'cholsan',
    name: 'Korea Cholsan General Trading Corporation',
    aliases: ['Chkholsan', 'Cholsan Trading Co.'],
  },
  {
    id: 'mop',
    name: 'Mansudae Overseas Project Group of Companies',
    aliases: ['Mansudae Overseas Projects'],
    weakAliases: ['MOP'],
  },
  {
    id: 'mopats',
    name: 'Mansudae Overseas Projects Architectural and Technical Services',
    weakAliases: ['MOPATS'],
  },
  {
    id: 'genco',
    name: 'Korea General Corporation for External Construction',
    weakAliases: ['GENCO', 'KOGEN'],
  },
  {
    id: 'silverstar',
    name: 'Yanbian Silverstar Network Technology Co., Ltd.',
    aliases: ['China Silver Star', '延边银星网络科技有限公司'],
  },
  { id: 'volasys', name: 'Volasys Silver Star' },
  { id: 'chinyong', name: 'Chinyong Information Technology Cooperation Company' },
  { id: 'sobaeksu', name: 'Korea Sobaeksu Trading Company' },
  { id: 'osong', name: 'Korea Osong Shipping Co' },
  { id: 'liaoning', name: 'Liaoning China Trade Industry Co., Ltd.' },
  { id: 'chilsong', name: 'Chilsong Trading Corporation' },
  { id: 'aconde', name: 'Congo Aconde SARL' },
  {
    id: 'dept53',
    name: "Department 53 of the Ministry of the People's Armed Forces",
    aliases: ['Department 53'],
  },
  {
    id: 'amnokgang',
    name: 'Amnokgang Technology Development Company',
    aliases: ['鸭绿江技术开发公司'],
  },
];
