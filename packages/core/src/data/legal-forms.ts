/*
 * Derived from OpenSanctions rigour `resources/names/org_types.yml` (commit 8f4044dd6719d71e8ba59b5033818ff407e0efab),
 * restricted to the scripts and languages nkscreen meets (EN, RU, ZH, KO, JA, FR and a few ES/PT/DE forms).
 * Generated once from /work/shared/research/reference; edit by hand from now on.
 *
 * MIT License. Copyright (c) OpenSanctions Datenbanken GmbH and rigour contributors.
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
 * documentation files (the "Software"), to deal in the Software without restriction, including without limitation
 * the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and
 * to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above
 * copyright notice and this permission notice shall be included in all copies or substantial portions of the
 * Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
 */

/** Legal forms as `[generic class, compare form, aliases joined by "|"]`. */
export const LEGAL_FORM_ROWS: readonly (readonly [string, string, string])[] = [
  [
    'JSC',
    'PLC',
    'PLC|Public Limited Company|Public Limited Co.|Public Ltd. Co.|Public Limited|Plc. Ltd.|PLC Ltd.|PLC Company|P.L.Co.|Public Limited Corporation|Publicly Limited Company|Pub. Limited Co.|Pub. Ltd. Co.|Public Limted Company|Public Limited Compnay|Public Limitd Company|Pubic Limited Company|Public Limitied Company|Public Limitted Company|Pub Ltd Co|Pub. Lt. Co.|Public Lt. Co.|Public Lt Company|Pub Limited|Publicly Ltd Company|Public Ltd Corporation|Public Lmtd Company|Publi Limited Company|Publc Limited Company|P.L.C.|P L C|PLCs',
  ],
  ['JSC', '股份有限公司', '股份有限公司'],
  ['LP', 'SCS', 'SCS|S.C.S.|Sociedad en Comandita Simple'],
  ['LLC', 'SAS', 'SAS|Sociedad por Acciones Simplificada'],
  ['SP', 'SAU', 'SAU|Sociedad Anónima Unipersonal'],
  [
    'JSC',
    'SACV',
    'SA de CV|Sociedad Anónima de Capital Variable|SOCIEDAD ANONIMA DE CAPITAL VARIABLE|Soc. Anón. de Cap. Var.|S.A.C.V.|S.A. DE C.V.|S.A. DE C.V|SA. DE CV.|S.A DE C.V|SAdeCV|SA. de C.V.',
  ],
  [
    'LLC',
    'SRLCV',
    'S. DE R.L. DE C.V.|S DE RL DE CV|Sociedad de Responsabilidad Limitada de Capital Variable|S. de R.L. de C.V.',
  ],
  ['LLP', 'LLP', 'LLP|Limited liability partnership|有限責任事業組合'],
  [
    'SP',
    'IP',
    'индивидуальный предприниматель|ИНДИВИДУАЛЬНЫЙ ПРЕДПРИНИМАТЕЛЬ|Индивидуальный предприниматель',
  ],
  ['LLC', 'EIRELI', 'EIRELI|Empresa Individual de Responsabilidade Limitada'],
  ['GP', 'GP', 'GP|General Partnership'],
  ['LP', 'LP', 'LP|Limited Partnership'],
  ['LP', 'LP', 'LP|Limited Partnership'],
  ['JSC', 'SpA', 'SpA|Sociedad por acciones'],
  ['JSC', 'SPA', 'SPA|S.P.A.'],
  [
    'LLC',
    'EIRL',
    'EIRL|Empresa Individual de Responsabilidad Limitada|empresa individual de responsabilidad limitada',
  ],
  [
    'JSC',
    'SCA',
    'S.C.A.|Comandita por Acciones|comandita por acciones|société en commandite par actions',
  ],
  [
    'LLC',
    'GmbH',
    'GmbH|mbH|-GmbH|Gesellschaft mit beschränkter Haftung|GMBH|gmbh|Gesellschaft mbH|GmbH.|m.b.H.|g.m.b.h|gmb.h|Gesellschaft mit besch Haftung|Gesellschaft mit besch. Haftung|Gesellschaft mit beschr Haftung|Gesellschaft mit beschr. Haftung|Gesellschaft mit beschraenkter Haftung|Gesellschaft mit beschraenker Haftung|Gesellschaft mit beschränkter Haftng|Ges. mit beschr. Haftung|Ges. mit besch. Haftung|G.m.beschr. Haftung|G.m.besch. Haftung|mit besch haftung|mit beschr haftung|mit beschränkter haftung|G.m.b.H.|G m b H|GmbHs|Ges. m. b. H.|Ges.m.b.H.|GesmbH|Gesellsch. m. b. H.|G.M.B.H.|Gesellschaft m.b.H.|гмбх|г.м.б.х.',
  ],
  [
    'LLC',
    'UG',
    'UG|UG (haftungsbeschränkt)|-UG (haftungsbeschränkt)|Unternehmergesellschaft (haftungsbeschränkt)|Unternehmergesellschaft|UG haftungsbeschränkt|UG (haftungsbeschr.)|UG (h.b.)|Unternehmerges. (haftungsbeschränkt)|Unternehmerges.|Unternehmerg.',
  ],
  [
    'JSC',
    'AG',
    'AG|Aktiengesellschaft|A.G.|-AG|Aktienges.|Aktiengeselschaft|Aktien Gesellschaft|Aktien ges|Aktienges|AktG|Akt Ges|A G|AGs|Aktien-Gesellschaft|AG Société Anonyme',
  ],
  ['LP', 'KG', 'KG|Kommanditgesellschaft|K.G.|K. G.|-KG|Kommandit-Gesellschaft'],
  [
    'SP',
    'eK',
    'eingetragener Kaufmann|Eingetragener Kaufmann|eingetr. Kaufmann|e.Kfm.|e. Kfm.|e.Kfm|e. Kfm|eKfm|Kfm.|e.Kfr.|e. Kfr.|e.Kfr|e. Kfr|eKfr|Kfr.|eingetragene Kauffrau|Eingetragene Kauffrau',
  ],
  ['LP', 'KGaA', 'KGaA|Kommanditgesellschaft auf Aktien|K.G.a.A.'],
  ['GP', 'OHG', 'OHG|oHG|Offene Handelsgesellschaft|O.H.G.|-OHG|-oHG|Offene Handels-Gesellschaft'],
  [
    'JSC',
    'JSC',
    'JSC|Joint Stock Company|Joint-Stock Company|Joint-stock Company|JointStock Company|Joint Stock Compan|Joint Stock Companie|Joint Stock Co.|JS Co.|JSC Company|J.S.C.|J S C|Jnt Stock Co|Joint Stock Corp|J Stock Company|Jt Stock Co',
  ],
  [
    'JSC',
    'PJSC',
    'PJSC|Public Stock Company|public jsc|public stock company (PJSC)|Public Joint-Stock Company|Public joint stock company|Sociedade pública por ações',
  ],
  [
    'JSC',
    'OJSC',
    'OJSC|Open Joint-Stock Company|openbare aandelenvennootschap|Публично акционерно дружество|vennootschap op aandelen|Openbare vennootschap op aandelen|Openbare publiek-private vennootschap op aandelen|sociedad limitada por acciones abierta|sociedade por ações aberta|société par actions ouverte|Société publique par actions|offene aktiengesellschaft|open joint stock company|O J S C|Open Joint Stock Company|Open Jnt Stock Co|O Joint Stock Co|Open JSC',
  ],
  ['LLC', 'CoLtd', 'Co Ltd|cia ltda|coltd|co., ltd.|co.ltd|CO.,LTD|CO., LTD|compañía limitada'],
  ['SP', 'ei', 'ei|entreprise individuelle'],
  ['LLC', 'EURL', 'EURL|entreprise unipersonnelle à responsabilité limitée'],
  ['COOP', 'GIE', "GIE|groupement d'intérêt économique"],
  ['LLC', 'GK', '合同会社'],
  ['GP', '合名会社', '合名会社'],
  ['LP', '合資会社', '合資会社'],
  [
    'LLC',
    'Inc',
    'Inc|incorp|incorporated|Incorporated|incorporation|incorporée|Inc.|Incorp|Incorp.|Incorported|Incorporatd|Incorporado|Incorporée|Incs|I N C',
  ],
  [
    'JSC',
    'JSCB',
    'JSCB|joint stock commercial bank|Public Joint-Stock Commercial Bank|Joint-Stock Bank|PJSCB',
  ],
  [
    'JSC',
    'JSCB',
    'АКБ|акционерный коммерческий банк|АКЦИОНЕРНЫЙ КОММЕРЧЕСКИЙ БАНК|Aktsionerny Kommercheskiy Bank|АКЦИОНЕРНЫЙ КОМЕРЧЕСКИЙ БАНК|АКЦЫОНЕРНЫЙ КОММЕРЧЕСКИЙ БАНК|АКЦИОНЕРНЫ КОММЕРЧЕСКИЙ БАНК|АКЦИОНЕРНЫЙ КОМЕРЧЕСКИ БАНК',
  ],
  ['JSC', 'jusikhoesa', 'jusikhoesa|㈜|주식회사'],
  ['JSC', '株式会社', '株式会社'],
  ['LP', 'LP', 'LP|limited partnership|L.P.|L.P|兩合公司'],
  [
    'LLC',
    'LLC',
    'LLC|Limited Liability Company|limited liability company|LIMITED LIABILITY CO|LIMITED LIABILITY COMP|LIMITED LIABILITY COMPANY|LIMITED LIABILITY CO.|LIMITED LIABILITY CORP|LIMITED LIABILITY CORPORATION|LIMITED LIABILITY CORP.|FOREIGN LIMITED LIABILITY COMPANY|LTD LIABILITY COMPANY|LTD LIABILITY COMP|LTD LIABILITY CO|L.L.C|L.L.C.|L L C|LLCs|Ltd Liability Co|Limited Liability Corp|Lmtd Liability Company|Lt Liability Company|Limited Liab Co|Ltd Liab Company|Limitd Liability Co|Limted Liability Co|private limited liability company',
  ],
  [
    'LLC',
    'Ltd',
    'Ltd|lda.|limitada|Limitada|Limitd|Limite|limited|Limited|limited by guarantee|limited by shares|ЧАСТНАЯ КОМПАНИЯ С ОТВЕТСТВЕННОСТЬЮ, ОГРАНИЧЕННОЙ АКЦИЯМИ|ЧАСТНАЯ КОМПАНИЯ С ОТВЕТСТВЕННОСТЬЮ|Limited Co|limited company|Limitée|Limted|Lmtd|Ltd Co.|ltd.|Ltd. Co|ltd. co.|ltda|Ltds|private company with limited liability|private limited company',
  ],
  ['LLC', 'Ltd', 'компания с ограниченной ответственностью|лтд|лимитед|ЛИМИТЕД|有限公司|有限'],
  [
    'FIN',
    "nin'i kumiai",
    "nin'i kumiai|任意組合|NON-BANK CREDIT ORGANIZATION|Небанковская кредитная организация|небанковская кредитная организация|Расчетная небанковская кредитная организация|Settlement non-banking credit organization",
  ],
  [
    'LLC',
    'ОДО',
    "ОДО|obshchestvo s dopolnitel'noj otvetstvennost'yu|одо|общество с дополнительной ответственностью",
  ],
  [
    'LLC',
    'Ltd',
    'Pty Ltd|proprietary limited|proprietary limited company|proprietary Ltd|pty ltd|Pty. Ltd.|Pty. Ltd|Pty Ltd.|Pty Limited',
  ],
  [
    'JSC',
    'SA',
    'SA|s.a.|S.A.|S.A|sarf|sociedad anonima|sociedad anónima|sociedada anonima|sociedade anónima|sociedade anônima|sociedá anónima|Sociedad Anónima|Société Anonyme|Sociedade Anônima|Societa Anonima|Societate Anonima|societatea pe actiuni|societateare pe actiuni|società anonima|société anonyme|société par actions de régime fédéral|société par actions par loi sur les sociétés par actions|société par actions',
  ],
  [
    'LLC',
    'SARL',
    'SARL|S.A.R.L.|société à responsabilité limitée|S A R L|Société à Responsabilité Limitée|Soc. à Resp. Limitée|Soc à Responsab Limitée|S. à R. L.',
  ],
  [
    'LLC',
    'SAS',
    'SAS|sociedades por acciones simplificada|société par actions simplifiée|S.A.S.|S A S|Société par Actions Simplifiée|Soc. par Actions Simplifiée|Société Actions Simplifiée|S. par A. S.',
  ],
  ['LP', 'SCS', 'SCS|secs|s.c.s.|sociedad en comandita simple|société en commandite simple'],
  ['LLC', 'Sdn Bhd', 'Sdn Bhd|Sdn. Bhd.|sendirian berhad'],
  [
    'JSC',
    'SE',
    'SE|S.E.|Societas Europaea|societas europaea|Europäische Aktiengesellschaft|Europäische Gesellschaft',
  ],
  ['COOP', 'sem', "sem|société d'économie mixte"],
  ['LLC', 'SLL', 'SLL|sociedad limitada laboral'],
  ['LLC', 'SLNE', 'SLNE|s.l.n.e.|sociedad limitada nueva empresa'],
  ['LLC', 'Pte Ltd', 'Pte Ltd|Pte. Ltd.|pte ltd.|pte. ltd.|Single Member Private Limited Company'],
  ['LP', 'snc', 'snc|société en nom collectif'],
  ['JSC', 'SpA', "SpA|società per azioni|SOCIETA' PER AZIONI|Sociedade por ações"],
  [
    'LLC',
    'SPRL',
    'SPRL|société privée à responsabilité limitée|société privée à responsabilité limitée unipersonnelle',
  ],
  [
    'LLC',
    'SRL',
    'SRL|intreprinderea cu responsabilitate limitata|s.r.l|s.r.l.|S R L|Società a Responsabilità Limitata|Sociedad de Responsabilidad Limitada|Societate cu Raspundere Limitata|Soc. Resp. Limitada|Soc a Resp Limitata|sicietatea de raspundere limitata|sociedad de responsabilidad limitada|societata cu raspundere limitata|societate cu rasponbilitate limitata|societate cu raspundere limitata|societate cu responsabilitate limiiata|societate cu responsabilitate limitata|societatea cu rasdpundere limitata|societatea cu rasponsabilitate limitata|societatea cu raspundere|societatea cu raspundere limitata|societatea cu raspundere limitate|societatea cu responsabilitate limitata|societatea cu responsabilitatea limitata|societatea cu respundere limitata|societatii cu raspunderea limitata|società a responsabilità limitata|socitate cu responsabilitate limitata',
  ],
  ['LLC', 'Ltda', 'Ltda|Sociedade limitada|sociedada limitada'],
  ['LP', 'tokumei kumiai', 'tokumei kumiai|匿名組合'],
  ['LLP', 'ТОО', 'ТОО|товарищество с ограниченной ответственностью'],
  [
    'SP',
    'Ultd',
    'Ultd|unlimited|unlimited company|unlimited proprietary|unltd|無限公司|Unlimited Proprietary',
  ],
  ['LLC', 'yk', '有限会社'],
  ['LLC', 'yu', '(유)|yuhanhoesa|유한회사'],
  ['JSC', 'CJSC', 'CJSC|cjsc|closed jsc|closed joint stock company|CLOSED JOINT-STOCK COMPANY'],
  [
    'JSC',
    'ZAO',
    'ZAO|zakrytoe akcionernoe obshchestvo|zao|ZAKRYTOE AKTSIONERNOE OBSHCHESTVO|zakrytoe aktsionernoe obshchestvo|Zakrytoye Aktsionernoye Obshchestvo|zakrytoe aktsionernoe obshhestvo|Zakrytoje Akcionernoje Obshchestvo|Zakryte Akcjonarne Obschtschestwo|zakritoe aktsionernoe obshchestvo',
  ],
  ['SOE', 'GUP', 'ГУП|ГОСУДАРСТВЕННОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ'],
  ['SOE', 'FGUP', 'ФГУП|ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ'],
  [
    'JSC',
    'AO',
    'ЗАО|закрытое акционерное общество|ЗАКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО|зао|АКЦИОНЕНОЕ ОБЩЕСТВО ЗАКРЫТОГО ТИПА|АКЦИОНЕРОЕ ОБЩЕСТВО ЗАКРЫТОГО ТИПА|АКЦОИНЕРНОЕ ОБЩЕСТВО ЗАКРЫТОГО ТИПА|АКЦИОНРНОЕ ОБЩЕСТВО ЗАКРЫТОГО ТИПА|АКЦИОНЕРНЫЕ ОБЩЕСТВА ЗАКРЫТОГО ТИПА|АКЦИОНЕРНОЕ ОБШЕСТВО ЗАКРЫТОГО ТИПА|АКЦИОНЕРНЕ ОБЩЕСТВО ЗАКРЫТОГО ТИПА|АКЦОНЕРНОЕ ОБЩЕСТВО ЗАКРЫТОГО ТИПА|АКЦИОНЕРНОГО ОБЩЕСТВА ЗАКРЫТОГО ТИПА|АКЦИОНЕРОНОЕ ОБЩЕСТВО ЗАКРЫТОГО ТИПА|ЗАКРЫТОE АКЦИОНЕРНОЕ ОБЩEСТВО|закрытоe акционерное общeство|закритое акционерное общество|ЗАКРЫТОЕ АКЦИОНЕРНОЕ ОБЩEСТВО|Закрытое акционерное общество',
  ],
  [
    'JSC',
    'AO',
    'ОАО|OAO|O.A.O.|О.А.О.|Otkrytoe Aktsionernoye Obshestvo|ОТКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО|ОТКРЫТОЕ АКЦИОНЕРГОЕ ОБЩЕСТВО|АКЦИОНЕPНОЕ ОБЩЕСТВО ОТКPЫТОГО ТИПА|АКЦОНЕРНОЕ ОБЩЕСТВО ОТКРЫТОГО ТИПА|otkrytoe aktsionernoe obshchestvo|открытое акционерное общество|otkrytoe akcionernoe obshchestvo|OTKRYTOE AKTSIONERNOE OBSHCHESTVO|Otkrytoye Aktsionernoye Obshchestvo|Otkrytoe Akcionernoe Obshhestvo|открытое акционерное общeство|PUBLICHNOE AKTSIONERNOE OBSHCHESTVO|Otkrytoe Aktsionernoe Obschchestvo|ОТКРЫТОЕ АКЦИОНЕРНОЕ ОБЩEСТВО|Акционерное общество открытого типа|aktsionernoe obshchestvo otkrytogo tipa|otkritoe aktsionernoe obshchestvo|otkrytoe aktsionernoe obschestvo|открытоe акционерное общeство|открытое акционернoe общество|OTKR AKTS OBSHCH|Odkryte Akcjonarne Obschtschestwo|Otkrytoje Akcionernoje Obshchestvo',
  ],
  [
    'JSC',
    'AO',
    'АКЦИОНЕРНОЕ ОБЩЕСТВО|АКЦИОНЕРНЫЕ ОБЩЕСТВА|Акционерное общество|Aкционерное общество|акционерная компания с ограниченной ответственностью|АКЦИОНЕРНОГО ОБЩЕСТВА',
  ],
  ['JSC', 'AO', 'AO|aktsionernoe obschestvo|AKTSIONERNOE OBSHCHESTVO|ao'],
  ['JSC', 'PAO', 'PAO|Publichne aktsionerne tovarystvo'],
  ['JSC', 'AO', 'ПАО|ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО|пао|публичное акционерное общество'],
  [
    'LLC',
    'OOO',
    "OOO|Obshchestvo s ohranychennoi otvetstvennostiu|obshchestvo s ogranichennoj otvetstvennost'yu|Obshchestvo s ogranichennoy otvetstvennostyu|OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU|obshchestvo s ogranichennoi otvetstvennostiu",
  ],
  [
    'LLC',
    'OOO',
    'ООО|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВА С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|Общество C Ограниченной Ответственностью|Общество с ограниченной ответственностью|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОТЬЮ|ОБЩЕСТВО С ОГРАНИЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОРГАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕСТВЕННОСТЬЮ|ОБШЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕСТВТЕННСОТЬЮ|ОБЩЕСТВЛ С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕНОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕНОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕНООСТЬ|ОБЩЕСТВО С ОГРАГИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ГОРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОИ ОТВЕТСТВЕННОСТЬЮ|Общества с ограниченной ответственностью|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮИ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРВНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОЧТЬЮ|ОБЩЕСТВО С ОРГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРНИЧЕННОЙ ОТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕСТТВЕННОСТЬЮ|ОБЩЕСИВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОВТЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТТСТВЕННОСТЬЮ|ОБЩЕСТВР С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОЙ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТВТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТЕННОСТЬЮ|ОБЩЕСТВО С ОГРНАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОЛТЬЮ|ОБЩЕСТВО С ОГРАНИСЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧУННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННРЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТЕВТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТВТСЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТАЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАГНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕКННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЮ|ОБЩЕСТВО С ОГРАНТЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОГСТЬЮ|ОБЩЕСТВО С ОГРАНМЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕНТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮВ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТИЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕТСВЕННОСТЬЮ|ОБЩЕСТВО С ОТРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТЕТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ:|ОБЩЕСТВО С ОГРАНГИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕНОНСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВУЕННОСТЬЮ|ОБЩЕСТВО С ОГАРНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВУЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТСВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСЬТЮ|ОБЩЕСТВО С ОГРНАИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОЛТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОРГАНИЧЕННОЙ ОТВЕТСТВЕННОВСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТЧТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАННИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕНОЙ ОТВЕТСТВЕЕНОСТЬЮ|ОБЩЕСТВО С ОГРАИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧННОЙ ОТВЕСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТИ|ОБЩЕСТВО С ОГРАИНЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕНОССТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ЛТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВОГ С ОГРАНИЧЕННОЙ ОТВЕСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВТЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕНОЙ ОТВЕТСТВЕНОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕЕНОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВНТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОТСЬЮ|ОБЩЕСТВО С ГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧННОЙ ОТВЕТСТВННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬБ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВОЬ С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРОРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВННОСТЬЮ|ОБЩЕСТВО С ОГРАНИСЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ.|ОБЩЕСТВО С ОГРАНИЧЕЕНОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕНСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТСЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНЧИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННЙО ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮТ|ОБЩЕСТВО С ОГРАНЕЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТССТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОГТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮБ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННСОТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТСВЕЕНОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВТЕТСВЕННОСТЬЮ|ОБЩЕСТВО СТ ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОСВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОМТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕНООСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОВТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕТНОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ТОВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕНООЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕЕЕНОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕНЕНОСТЬЮ|ОБЩЕСТВО С ОГPАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕНННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТ|ОБЩЕСТВО СОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРОНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕНННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННООСТЬЮ|ОБЩЕСТВО ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТИ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОВСТЬЮ|ОБЩЕСТВО С ОГРАНИЧИННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ,|ОБЩЕСТВО СОГРАНИЧЕНОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСВЕННОССТЬ|ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННРОСТЬЮ|ОБЩЕСТВО С ОГРА НИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ|Общество с ограниченной ответственность|Общество с ограниченной ответственостью|Общество с ограниченной ответственностьюм|Общество с Ограниченной Ответственностью|общество с ограниченной ответственностью|ликвидационная комиссия общества с ограниченной ответственностью|ликвидационная комиссия общество с ограниченной ответственностью|ликвидационная комиссия ооо|общество с ограниченной ответственностью строительная компания|общество с ограниченной ответственностью торговый дом|общество с ограниченной ответственностью управляющая компания|общество с ограниченной ответственностью фирма|общество с ограниченной ответственностью частная охранная организация|общество с ограниченной ответственностью частное охранное предприятие|ооо|Иностранное общество с ограниченной ответственностью',
  ],
];
