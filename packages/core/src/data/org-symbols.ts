/*
 * Derived from OpenSanctions rigour `resources/names/symbols.yml` (commit 8f4044dd6719d71e8ba59b5033818ff407e0efab),
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

/** Generic organisation words as `[key, spellings joined by "|"]`. */
export const ORG_SYMBOLS: readonly (readonly [string, string])[] = [
  [
    'co',
    'co|company|cомpany|corporation|corp|compagnie|компания|kompani|kompania|komaniya|kompaniy|kampaniia|kompaniia|kompaniya|kampaniya|kompanii|vállalat|къмпани|компани|коспания|компаний|компана|coy|comp|compañía|compania|companie|companhia|kampani|kompanija|kongsi|kaisha|gongsi|shirkat|società|société|sociedad|gesellschaft|vennootschap|întreprinderea|ettevõte|firma|firm|Etaireia|yhtiö|公司|企業|ファーム|企业|회사',
  ],
  [
    'org',
    'org|organization|organisation|organisations|orhanizatsiia|orhanizatsiya|organisasjon|organisasjonen|organisatie|organzation|orhanizatsiino|organizatsiya|organizacion|organizacja|organizácie|organizácia|organizaciju|organizace|organizacije|organizacija|organizaci|organizatia|органищация|организациями|организация|организации|organizatsii|organización|organisaatio|Organismos|ОБЩЕСТВО|OBSHCHESTVO|ファーム|団体|協会',
  ],
  [
    'corp',
    'corp|corporation|corporaton|corporate|korp|корпорация|corporación|koroporatsiya|korporatsiyi|corporaciia|korporatsiia|korporatsiya|korporacija|corporations|corporacion|Corporación|Corporatie|Corporação|Korporation|Corporatn|Corprtn|Corpo|корпорации|корпарация|корпораций|societatea|sociedade|società|協力的な|生活協同組合|合作社',
  ],
  [
    'coop',
    'coop|co-op|co-operation|cooperation|co-operative|cooperative|co-operative society|coop society|co-op society|koperasi|cooperative society|coopératif|kooperatif|kooperativa|kooperattiva|coopération|coopérative|kooperatsia|cooperatieve|cooperatives|cooperativo|cooperativa|corporativo|corporativos|sociedad cooperativa|spoldzielczy|кооперация|Synetairismos',
  ],
  [
    'assoc',
    "assoc|association|associations|ассоциация|объединение|ASSOTSIATSIYA|ASSOCIACIYA|ASSOTSIACIJA|OBYEDINENIYE|OBYEDINENIE|OB'YEDNANNYA|OBYEDNANNYA|ASOTSIATSIIA|Associazione|Association|Assoc.|Asociación|Asociacion|Associação|Associacao|Stowarzyszenie|Zwiazek",
  ],
  [
    'ngo',
    "ngo|n.g.o.|НКО|non-governmental organization|non governmental organization|non-governmental organisation|non governmental organisation|non-profit organization|non profit organization|non-profit organisation|non profit organisation|ОБЩЕСТВЕННАЯ ОРГАНИЗАЦИЯ|ОБЩЕСТВЕННОЕ ОБЪЕДИНЕНИЕ|OBSHCHESTVENNOYE OBYEDINENIYE|OBSCHESTVENNOE OBYEDINENIE|OBSHCHESTVENNAYA ORGANIZATSIYA|OBSCHESTVENNAYA ORGANIZATSIYA|НЕКОММЕРЧЕСКАЯ ОРГАНИЗАЦИЯ|NEKOMMERCHESKAYA ORGANIZATSIYA FOND|NEKOMMERCHESKAYA ORGANIZATSIYA|НЕКОММЕРЧЕСКАЯ ОРГАНИЗАЦИЯ ФОНД|NEKOMMERCHESKAYA ORGANIZACIYA|NEKOMMERCESKAYA ORGANIZATSIYA|NEKOMMERCESKAJA ORGANIZACIJA|БФ|БЛАГОТВОРИТЕЛЬНЫЙ ФОНД|BLAGOTVORITELNYY FOND|BLAGOTVORITELNY FOND|BLAGOTVORITELNAYA ORGANIZATSIYA|BLAGOTVORITEL'NYJ FOND|BLAHODIYNYY FOND|БЛАГОТВОРИТЕЛЬНАЯ ОРГАНИЗАЦИЯ|БО|BLAHODIYNA ORHANIZATSIYA|BLAGOTVORITEL'NAJA ORGANIZACIJA|NEDZIARZHAUNAYA ARHANIZATSYYA|NEDZJARZHAUNAJA ARHANIZACYJA|niegovorni organizaciji|nevladine organizacije|nevladina organizacija|CHARITY|CHARITABLE ORGANIZATION|CHARITABLE ORGANISATION|CHARITABLE FUND|CHARITY FUND|Nichtregierungsorganisation|ONG|Organisation non gouvernementale|Organización no gubernamental|Organização não governamental|Organizzazione non governativa|CSO|Civil Society Organization|Civil Society Organisation|Niet-gouvernementele organisatie|Organizacja pozarzadowa|Nevládní organizace|Nevladni organizace|Mimovládna organizácia|Mimovladna organizacia",
  ],
  [
    'partner',
    'partner|partners|партнер|партнеры|партнёр|партнери|合伙人|合夥人|伙伴|共同経営者|組合員',
  ],
  ['bros', 'bros|brothers|fratelli|hermanos|frères|irmãos'],
  [
    'center',
    'center|центр|tsentr|cntr|centre|centras|Centro|Centrum|centr|centro|tsentrov|центров',
  ],
  [
    'holding',
    'holding|holdings|проведение|холдинг|хлдинг|xoлдиhг|kholdyng|kholding|Symmetochon|Symmetoches|集体|保持|保有資産|кооператив|кооперативне|кооперативна|кооперативи|кооперативу|споживче товариство',
  ],
  ['business', 'business|businesses|бизнес|деловой|деловая|商业'],
  ['nominee', 'nominee|nominees|номинальный|номинальная'],
  ['concern', 'concern|kontsern|konzern|концерн|consorcio|consórcio|group of companies'],
  ['consortium', 'consortium|consorcio|consórcio|consortum|konsortsium|consortile|консорциум'],
  [
    'service',
    'service|services|servicio|servicios|servico|servicos|serviço|serviços|servis|servizio|servizi|службы|служба|сервис|услуг|обслуживания',
  ],
  [
    'dept',
    'dept|department|dept.|département|departament|departamento|departamentul|dipartimento|Abteilung|afdeling|afdelingen|отдел',
  ],
  [
    'special',
    'special|Specjalnych|speciale|Speciaal|Specijalni|Специальный|специальная|специальное',
  ],
  [
    'spv',
    'spv|special purpose vehicle|vehículo de propósito especial|специальное проектное предприятие|компания специального назначения',
  ],
  [
    'agency',
    'agency|agence|agentur|agencia|agencja|agência|agentschap|agenzia|ajans|агентства|агентстве|агентство',
  ],
  ['fund', 'fund|funds|fond|fondo|fonds|fundo|fondovy|фонд'],
  [
    'intl',
    "intl|int'l|international|internantional|internatsionale|internationales|internasional|интернациональный|интернациональная|интернациональные|internationale|internacional|internacionais|internacionales|internazionale|internazionali|国際的|国際|国际的|国际",
  ],
  [
    'grp',
    "grp|group|группа|групп|группы|груп|グループ|groupement|groupe|Grupa|grupo|grupp|gruppo|Grupul|Grúpa|Csoport|Gruppo di società|Group of Companies|группа компаний|Groupe d'entreprise|grupo de empresas|Group Company|grup|Skupina|hrupa|团体|集体",
  ],
  [
    'mgmt',
    'mgmt|management|gestion|gestión|gerenciamento|менеджмент|упрвлению|менеджмента|менеджменту|управление|управления|упарвлению|упарвления|управлениe|управлению|Epicheirisi|管理',
  ],
  [
    'fed',
    'fed|federal|федеральное|федеральноая|федеpальное|федералное|федеоальная|федерельная|федералльная|фдеральная|федеральной|федерпальное|федеарльная|федералная|федеральне|феднральная|федеральные|фeдеральное|федеральными|федеральных|федеральному|федеральна|федральное|федеральний|федерального|федеральный|федеральная|глсударственное|федеральным|федеральних|федеральном|federalnyy|federatsyy|федерации|federální|federálny|federalny|federatsiyi|federalna',
  ],
  [
    'natl',
    'natl|national|национальный|национальная|национальные|национального|национальной|национальных|национальнoе|национальнaя|национальнoй|национальнoго|nationalnyy|nacionalnyy|nacionalna|nazionale|nacional|nationell|nasjonale|ulusal|narodowy|národní|landelijk|valstybinis|国立|国家的',
  ],
  ['allrussian', 'allrussian|ВСЕРОССИЙСКИЙ|all-russian|national'],
  [
    'repu',
    'repu|republic|republics|республика|республиканский|республиканская|республиканские|республиканского|республиканской|республики|республик|республике|république|respublikos|respubliky|republik|repubblica|republika|república|共和国|cumhuriyet|respublika|respublik',
  ],
  [
    'institute',
    'institute|insitute|institut|школа|институт|institutu|instituta|instituto|instituti|instituição|ynstytut|institiut|instytutu|instituut|instytut|istituto|institutas|institutul|instituutti|industite|instituutin|institutului|研究所|学院',
  ],
  ['club', 'club|clube|circolo|klub|kulüp|клуб|俱乐部|クラブ'],
  ['institution', 'institution|учреждение|institucija|учраждение|учреджение|учреждениение'],
  [
    'fdn',
    'fdn|foundation|foudation|фонд|fundacja|fundacion|fondation|fundacija|Foundation|Fondacion|Fondacioni|Fundación|Stiftung|Stichting|財団|基金|設立',
  ],
  ['private', 'private|privat|privato|privati|privatiy|приватный|приватная|приватное|приватные'],
  [
    'public',
    'public|publiczny|publiczna|publiczne|общественный|общественная|общественные|общественных|общественного|общественной|公共的|公共的な',
  ],
  [
    'industry',
    'industry|industries|indastris|industrial|industriyi|industriilor|industrialnyi|indastri|индустрия|индустрии|индустриальный|индустральный|промышленности|industrijo|industria|industriia|industriala|industriji|industrji|industrije|industriya|industriei|industriju|industriales|indastrial|industriel|industriale|industrialny|industrie|industra|industrier|indústrias|industriële|industriell|industrija|industrias|industrialna|industriais|indústria|endustriyel|endüstri|sanayi|業界',
  ],
  ['associates', 'associates|ассоциированные'],
  ['network', 'network|networks|netzwerk|сетевой|сетевые|сетевое'],
  ['dev', 'dev|development|devt|devt.|развитие|развития|развитию'],
  [
    'enterprise',
    'enterprise|enterprises|entreprise|enterpraizes|entreprises|empreendimento|empreendimentos|interprise|предприятие|пpедпpиятие|предприиятие|предприятия|предпрятие|предприятий|predpriyatie|empresa|impresa|предприемство|기업|yritys',
  ],
  ['committee', 'committee|committees|комитет|комитета|комитеты|комитету'],
  ['kombinat', 'kombinat|комбинат|Kombinatas|комбинированного'],
  [
    'central',
    'central|centrala|centrale|centralele|centrali|центральный|центральная|центральные|центрального|центральной|централизованная',
  ],
  [
    'general',
    'general|generale|генеральный|генеральная|генеральные|генерального|генеральной|генеральных',
  ],
  ['base', 'base|bases|baza|база'],
  [
    'global',
    'global|weltweit|mondial|mondiale|globální|globalny|küresel|глобальный|глобальная|глобальные|глобального|глобальной|глобальных|глобально',
  ],
  ['world', 'world|welt|worldwide|mundo|monde|мир|世界'],
  [
    'system',
    'system|systems|systeme|система|системы|sistema|sistemas|système|systèmes|sistemy|システム|システムズ',
  ],
  ['association', 'association|associations|associação|asociaciones|ассоциация|ассоциации'],
  [
    'venture',
    'venture|ventures|венчурный|венчурная|венчурные|венчурных|венчурного|венчурной|венчурное|empreendimentos',
  ],
  [
    'commerce',
    'commerce|commercial|коммерция|коммерческая|коммерческие|коммерческих|коммерческого|коммерческой',
  ],
  [
    'commercial',
    'commercial|коммерческий|коммерческая|коммерческое|коммерческой|коммерческих|коммерческого|комерческий|comercial|commerciale|commerciaux|commercieel|comerciale|commerciële|kommercial|commerical|商業|commerciell|상업적|kommersiel|商业的',
  ],
  [
    'municipal',
    'municipal|municipality|муниципальный|муниципальная|муниципальные|муниципального|муниципальной|муниципальных|munisipalitas|munisipaliteti|munisipalitetet|муниципальное',
  ],
  [
    'city',
    'city|cities|city of|city of the|city council|city government|municipalité|municipale|municipals|municipale de|municipale du|municipale des|муниципалитет|муниципалитеты|муниципалитета|муниципалитетам|городская|городского|городские|городских|города',
  ],
  ['office', 'office|offices|оффис|офис|офисы|офиса|oficina|oficinas|bureau|bureaux'],
  ['bureau', 'bureau|бюро|бюрo|bürö|büro|büron|büronü'],
  [
    'gov',
    'gov|govmnt|government|government of|government of the|governmental|regierung|regierung von|regierung der|staat|staatlich|staatliche|staatliches|政府|state|state of|правительство|gouvernement|gouvernement de|gouvernementale|государственное|государственная|государственный|государственне|государственноый|госудаственным|гомударственной|государсвенным|государствнный|госудаpственное|государсовенный|госудрарственное|государственном|государственно|государственного|государственной|государственным|государственные|государственных|правительсто|госпредприятие|казенное|gobierno|gobierno de',
  ],
  [
    'region',
    'region|области|област|областное|областная|областные|района|район|районов|regions|regional|regionalny|regionala|regionali|regionales',
  ],
  ['named', 'named|im|имени|им|imeni|named after|named for|named in honor of|named in memory of'],
  [
    'socalled',
    'socalled|SO-CALLED|Self-proclaimed|the so-called|Takozvana|Sogenannte|soi-disant|Soi-disant|Javni pokret|mar a ghairtear de|Samhällsrörelsen|népi mozgalom|Tzv.|Т.нар.',
  ],
  [
    'ministry',
    'ministry|ministries|ministère|ministeru|ministero|ministerio|ministerul|ministerium|ministerie|ministrerio|ministerstvo|ministerului|ministerij|министерства|министерство',
  ],
  [
    'export',
    'export|exports|eksportu|eksporty|экспорт|экспорты|експорту|експорти|экспорта|экспорти|экспорте|экспортив|экспортиве|экспортиву|экспортивы|экспортивом',
  ],
  [
    'import',
    'import|imports|импорт|импорты|импорта|импортный|импортная|импортные|импортных|импортного|импортной',
  ],
  [
    'trade',
    'trade|trading|торговля|торговьй|торговый|торгово|торговая|торговые|торговых|торговы|comercio|commercio|comércio|impex|imp. exp.|usaha dagang|sanayi ve ticaret|ticaret|san.tic|san. tic.|san.ve|San. ve Tic.|sanayi ticaret|SANAYI VE TICARET|tes.tek.dis|Dis Ticaret|Foreign Trade|tejarat|Zovnishnotorhovelna|贸易|行业|商业|商行|贸易公司',
  ],
  [
    'solution',
    'solution|solutions|решение|решения|решению|решении|решениеи|soluzioni|solutii|soluções|soluciones|solusi',
  ],
  [
    'project',
    'project|projects|projetos|проект|проекты|проекта|проектов|проекту|проектно|проектный|projekat|projekt|projektas|projekti|projekto|projektoje',
  ],
  ['product', 'product|products|продукция|produkt|produtos|prodotto|prodotti|ürün|ürünler'],
  [
    'alliance',
    'alliance|aliança|allians|allianz|alianza|alleanza|alliantie|ittifak|sojusz|альянс|同盟|동맹',
  ],
  ['capital', 'capital|капитал|kapital|capitale|капитала|capitalul|capitals'],
  [
    'credit',
    'credit|kredit|credits|КРЕДИТНАЯ|кредитная|кредитный|кредитное|кредит|кредиты|кредитний|кредитна|кредитне',
  ],
  ['asset', 'asset|assets|активы|актив|активов|активи'],
  ['trust', 'trust|trusts|фонд|траст|трест|трастовий|трастова|трастового|фондовий|фондова'],
  ['union', 'union|союз|союза|unión|União|ユニオン|組合|联盟|zveza|savez|szakszervezet'],
  [
    'authority',
    'authority|autoridad|autoridade|autorità|autoritat|autorität|autoritate|autorité|autoriteet|autoriteit|autoritet|autoritetas|autorytet|avtoritet|avtoriteta|awtoridad|awtorità|behörde|hatóság|otoritas|otorite|údarás|viranomainen|авторитет|权威|権限',
  ],
  [
    'party',
    'party|páirtí|partai|partei|parti|partia|partid|partido|partij|partija|strana|stranka|政黨',
  ],
  [
    'liquidation',
    'liquidation|in liqu.|in liquidation|in liquidazione|en liquidacion|en liquidation|清算中|/in liquidation/',
  ],
  ['repoff', 'repoff|Representative Office|Rep. Office|Representative Off.|Rep Off|Repr. Office'],
  [
    'branch',
    'branch|branch of|филиал|filiale|zweigstelle|Branch Office|Br. Office|Branch Off.|Br Off|Subsidiary Branch|Sub. Branch',
  ],
];

/** Sector words as `[key, spellings joined by "|"]`. */
export const ORG_DOMAINS: readonly (readonly [string, string])[] = [
  ['house', 'house|housing|maison|haus|huis|hus|casa|dom|дом|ev|konut|房屋|住宅'],
  [
    'supply',
    'supply|supplies|supplier|поставщик|постачальник|tedarik|tedarikçi|suministro|suministros|proveedor|供应|供給|供应商',
  ],
  [
    'culture',
    'culture|kultura|культура|культурний|культурна|культурне|kültür|cultura|cultural|文化',
  ],
  [
    'defence',
    'defence|defense|défense|defensie|defensiv|defesa|difesa|försvar|Verteidigung|verdediging|defensa|оборонный|оборон|savunma|防務|防务|国防',
  ],
  [
    'skb',
    'skb|special design bureau|Особое Конструкторское Бюро|ОСОБОЕ КОНСТРУКТОРСКОЕ БЮРО|Osoblyve konstruktorske biuro|OKB',
  ],
  [
    'instrmak',
    'instrmak|Priborostroeniya|instrument-making|INSTRUMENT ENGINEERING|приборостроительный|ПРИБОРОСТРОИТЕЛЬНЫЙ|приладобудування',
  ],
  [
    'tech',
    'tech|technology|technical|технология|технологии|техника|тэхники|технологий|технический|технической|технолоджи|технологиями|technalohiy|tekhnolohiia|technológiai|tehnologiei|technologickou|technological|technologique|tekhnichnyi|tecnologies|tecnologia|technológií|tehnologie|tehnologiju|tekhnology|tekhnologi|teknologiya|tehnologia|technologická|technik|teknologii|tekhnolohiyi|tekhnologii|technologií|tecnología|tehnologii|tekhnologiya|tekhnologiy|technológiák|technologie|technologia|technologies|technologii|tecnologias|tekhnolohii|技术|工艺学|технологический|технологическая|технического|teknoloji|teknik|tecnológica|科技|技術',
  ],
  [
    'insurance',
    'insurance|insurans|insurance company|insurer|versicherung|versicherungen|versicherungsgesellschaft|verzekeringsmaatschappij|verzekeringsmaatschappijen|страхового|страховая|sigorta|sigortacılık|seguro|seguros|aseguradora|保险|保險|保险公司',
  ],
  [
    'intel',
    'intel|intelligence|inteligencia|inteligência|intelijen|inteligjenca|inteligjencës|wywiadu|разведывательное|istihbarat|istihbaratı|情报|情報',
  ],
  [
    'property',
    'property|properties|собственность|собственностью|собственности|mülk|gayrimenkul|propiedad|propiedades|inmueble|物业|物業|房地产|房地產',
  ],
  [
    'realty',
    'realty|realtor|real estate|immobilier|immobilien|imobiliare|imobiliária|inmobiliaria|недвижимость|недвижимостью|недвижимостями|недвижимостях|emlak|emlakçı|bienes raíces|inmobiliario|房地产|房地產|不动产|不動產',
  ],
  [
    'jail',
    "jail|jailhouse|gaol|gaolhouse|maison d'arrêt|cárcel|untersuchungshaftanstalt|tutkintavankila|СИЗО|看守所",
  ],
  [
    'prison',
    'prison|penitentiary|centre de détention|maison centrale|prisión|príosún|vankila|gefängnis|тюрьма|исправительная колония|监狱',
  ],
  ['royal', 'royal|royale|königlich|kunglig|королевский|королевская|королевское'],
  [
    'tv',
    'tv|television|telly|télévision|télé|televisión|tele|televisioon|тв|televize|televisio|televisão|televisi|televisione|televisjon|telewizja|televisheni|televízia|televizija|televizyon|televizor|Fernsehen|телевидение|텔레비전|텔레비죤|電視|电视|テレビ',
  ],
  [
    'equipment',
    'equipment|equipement|equipamento|equipamentos|equipo|equipos|équipement|Ausrüstung|оборудование|обрудование|обрудования|обрудованиями|обрудованиях|обрудованиям|обрудовании|оборудованиe|оборудованию|ekipman|teçhizat|设备|設備|装备|裝備',
  ],
  ['hardware', 'hardware|hardwares|donanım'],
  [
    'innovation',
    'innovation|innovations|innovative|innovativo|innovativa|innovazione|innovazioni|innováció|innovatsioon|innovasjon|innovasjonar|innovasiyon|innovações|innovatsiya|инновационное|инновационная|inovasyon|yenilik|innovación|innovaciones|创新|創新',
  ],
  [
    'university',
    'university|университет|унивирситет|университнт|университи|университета|universidad|université|universtiy|universitet|universität|universytet|univ|uni|univ.|univ. of|univ. of the|üniversite|üniversitesi|大学|大學',
  ],
  [
    'military',
    'military|военный|militare|militsii|askeri|askeriye|militar|militares|军事|軍事|军队|軍隊',
  ],
  [
    'army',
    'army|armee|armée|armeen|armée de terre|армия|армейский|армейская|армейские|армейских|армейского|армейской|ejército|ordu|kara kuvvetleri|陆军|陸軍|军队|軍隊',
  ],
  [
    'aviation',
    'aviation|aviación|aerospace|luftfahrt|авиация|авиационный|авиационная|авиационные|havacılık|航空|航空业|航空業',
  ],
  [
    'aircraft',
    'aircraft|airplane|airplanes|aeroplane|aeroplanes|plane|planes|flugzeug|flugzeuge|самолет|аэроплан|самолеты|aeroplanë|aeroplani|aereo|aerei|avion|aviones|avions|avión|avião|aviões|ndege|비행기|비행기들|飞机|飛行機',
  ],
  [
    'airline',
    'airline|airlines|авиакомпания|авиакомпании|авиакомпаний|авиакомпанию|авиаперевозчик|авиаперевозчики|авиаперевозчика|авиаперевозчиках|авиаперевозчикам',
  ],
  [
    'airport',
    'airport|airports|аэропорт|aerodrome|aerodromes|flughafen|flughäfen|lufthaven|aéroport|aéroports|aérodrome|aérodromes|aeropuerto|aeropuertos|aeródromo|aeródromos|aeroporto|aeroporti|aerodromo|aerodromi|aeroportos|luchthaven|luchthavens|аэропорты|аэропорта|аэропортов|летное поле|авиапорт|аеропорт|аеропорти|летовище|lotnisko|lotniska|port lotniczy|аеродром|аеродроми|aerodrom|havaalanı|机场|航空港|飞机场|機場|飛機場|空港|エアポート|飛行場|공항|비행장|항공항',
  ],
  ['brigade', 'brigade|brigada|briqada|brigáda|brigaad|brigata|brygada|brigedi|brigad'],
  [
    'flight',
    'flight|flights|полет|полеты|полетах|полетам|полетами|полете|полетов|рейс|рейсы|рейсов',
  ],
  ['maritime', 'maritime|maritim|морская|морской|морские|морских|морского|marine|denizcilik'],
  ['naval', 'naval|navy|военно-морской|военно-морская|военно-морские'],
  ['railway', 'railway|railways|railway company|железной|железнодорожной|железнодорожный'],
  [
    'auto',
    'auto|automobile|automotive|car|vehicle|vehicular|автомобиль|automobiles|automóviles|automobily|automobilii|automobilyi|automobilya|automobiliai|automobilis|automobilov|automobilu|automobilei|automobilele|automobilelor',
  ],
  [
    'nuclear',
    'nuclear|branduolinis|kjernefysisk|niwclear|nucleair|nucleare|nucleares|nucléaire|nucléaires|nukleaarinen|nukleaarne|nuklear|nukleare|nukleáris|nukleär|nükleer|nyuklia|nuklearny|nuklearna|nuklearne|ядерный|ядерная|ядерное|ядерные|ядерний|ядерна|ядерне|核能',
  ],
  [
    'uranium',
    'uranium|uraan|uraani|uran|urán|urani|uranas|uranio|urânio|uranyum|Уран|우라늄|ウラン',
  ],
  [
    'oil',
    'oil|petroleum|petrochemical|aceite|huile|olje|нефтепереработка|neft|нефть|татнефть|нефтяная|нефтяной|石油|petrol|petrokimya|petróleo|petrolero',
  ],
  [
    'steel',
    'steel|metal|steelworks|metallurgical|metallurgy|металлургический|сталь|çelik|metalurji|acero|metalúrgico|metalúrgica|siderúrgico|钢铁|鋼鐵|金属|冶金',
  ],
  [
    'diamond',
    'diamond|diamonds|brylant|brylanty|deimantai|deimantas|diamant|diamantar|diamante|diamanten|diamanter|diamantes|diamants|diament|diamenty|elmas|elmaslar|gyémánt|gyémántok|teemandid|teemant|timantteja|timantti|pırlanta|pırlantalar|алмаз|алмазы|алмази|бриллиант|бриллианты|다이아|다이아몬드|ダイヤ|ダイヤモンド|金刚石|金剛石|钻石|鑽石',
  ],
  [
    'jewelry',
    'jewelry|jewellery|bijoux|ehted|ékszerek|gioielli|jóias|joyas|joyería|juwelen|korut|mücevher|schmuck|sieraden|smycke|smykker|takı|украшения|ювелирные изделия|прикраси|보석류|주얼리|宝飾品|ジュエリー|首饰|珠宝',
  ],
  ['mining', 'mining|mines|bergbau|горнодобывающая|madencilik|maden|minería|minera|矿业|礦業'],
  [
    'factory',
    'factory|factories|фабрика|fabrika|rasteniye|растение|usine|werk|werke|zavod|závod|завод|fabriek|fabrik|fabrique|fabbriche|fabbrica|工厂|厂家|厂子|plant',
  ],
  [
    'lab',
    'lab|laboratory|laboratories|labs|labor|laboratoire|laboratoires|laboratoria|laboratorien|laboratorier|laboratorija|laboratorijos|laboratorio|laboratório|laboratorios|laboratórios|laboratoriot|laboratorium|laboratórium|laboratóriumok|laboratuvar|laboratuvarlar|labore|laborid|лаборатории|лаборатория|실험실|实验室|実験室|研究室',
  ],
  [
    'invfund',
    'invfund|investment fund|fondo de inversión|investmentfonds|fondo di investimento|fundo de investimento|инвестиционный фонд|инвестиционный фондов|инвестиционных фондов|инвестиционных фонд|investitsionnyy fond|investycyjny fundusz|investicinis fondas|fi|mutual fund',
  ],
  [
    'academy',
    'academy|academie|akademie|akademija|akademiia|akademiya|akademi|akademii|академия|академии|академиии|академиию',
  ],
  [
    'adviser',
    'adviser|advisor|advisers|advisors|советник|советники|консультант|консультанты|радник|радники|консультанти',
  ],
  [
    'eng',
    'eng|engineering|инженерия|инжиниринг|иинжиниринг|иинженерно|инжинириум|ingenierie|ingegneri|ingeniérie|ingeniería|inzhiniring|engineers|инженерный|工学|エンジニアリング',
  ],
  [
    'scientific',
    'scientific|science|sciences|science and technology|научный|научная|научные|научных|научного|научной|научно-исследовательский|научное',
  ],
  ['health', "health|healthcare|здравоохранения|здравоохранение|охорона здоров'я|здоров'я"],
  [
    'pharmacy',
    'pharmacy|фармацевтический|apotheke|фармацевтическая|фармацевтические|фармация|аптека|фармацевтичний|фармацевтична',
  ],
  [
    'machine',
    'machine|machines|machining|machinery|машиностроение|машиностроительный|машиностроительная|машиностроительные|машиностроительных|машиностроительного|машиностроительной|машиностроения',
  ],
  [
    'investment',
    'investment|investmet|invest|investments|инвестиции|инвестиционный|инвестиционная|инвестиционные|инвестиционных|иинвестиционный|инвестиционной|инвестиционного|investicni|investitsiy|investimenti|investimento|investeringen|investimentos|inversión|inversiones|investissement|investitorii|투자|投資|investasi|investice|investicija|invesment|invesmenti',
  ],
  ['casino', 'casino|cazinou|kasino|kasíno|kasiino|kaszinó|kasyno|kazino|казино'],
  ['leasing', 'leasing|lease|лизинг|лизинговая|лизинговые'],
  [
    'education',
    'education|educational|образования|лаборатория|образовательное|образовательная|общеобразовательное',
  ],
  [
    'islamic',
    'islamic|исламский|исламская|исламские|исламских|исламского|исламской|islamitische|islamique|islamske|islamiya|islamiyah|islamskiej|islamiske|islam|islami|islamo|islâmico',
  ],
  [
    'reinsurance',
    'reinsurance|re-assurance|re|reinsurer|reinsurance company|réassurance|reaseguro|riassicurazione|resseguro|rückversicherung|перестрахование|재보험',
  ],
  ['research', 'research|recherche|исследование|исследовательский|изучение|forschung'],
  [
    'resources',
    'resources|resource|ressource|ressources|recurso|recursos|ресурсы|ресурс|ресурсов|ресурси',
  ],
  [
    'shipping',
    'shipping|shipping company|shipping line|shipping lines|schiffahrt|судоходство|NAKLİYE|SHPG|шиппинг|судоходная|судоходные|судоходных|судоходного|судоходной|судоходства|судноплавство|судноплавная|судноплавные|судноплавных|судноплавного|судноплавной|судноплавства',
  ],
  [
    'agriculture',
    'agriculture|agricultural|agricola|agricole|agricoltura|agricultura|agrikultura|агрикультура|agrícola|сельское хозяйство|сельскохозяйственный|сельскохозяйственных|сельскохозяйственного|сельскохозяйственная',
  ],
  [
    'shipbuilding',
    'shipbuilding|shipyard|shipyards|судостроение|судостроительный|судостроительная|судостроительные|судостроительных|судостроительного|судостроительной',
  ],
  ['production', 'production|productions|proizvodstvennoe|производственное|производственно'],
  [
    'construction',
    'construction|строительство|construtora|construcoes|construções|construcao|construção|строительный|строительное|строительства|строительная|construcción|constructora|建设|建設|建筑|建築',
  ],
  [
    'building',
    'building|buildings|edificio|edificios|bâtiment|bâtiments|gebäude|gebaude|zgrada|zgrade|здание|здания|건물|建筑物|建築物|yapı',
  ],
  [
    'consulting',
    'consulting|консалтинг|konsulting|consultancy|consultants|constultants|консалтинговая|consult|konsult|consulenza|conseils|beratung|コンサルティング|consultoría|consultora|asesoría|咨询|諮詢|顾问|顧問',
  ],
  [
    'design',
    'design|designer|designers|designing|diseño|diseñador|dizayn|progettazione|デザイン|проектирование|проектировщик|проектировщики|проектировщица|проектировщицы|проектировщиц|tasarım|tasarımcı|设计|設計|设计师|設計師',
  ],
  ['hotel', 'hotel|hotell|hôtel|albergo|otel|отель|호텔|ホテル|酒店'],
  ['restaurant', 'restaurant|restoran|restaurante|restauranteza|restauracja|restaurace|饭店|飯店'],
  ['wine', 'wine|viini|vin|vinho|vino|wein|wijn|wino|вино|와인|ワイン|葡萄酒'],
  [
    'revolutionary',
    'revolutionary|revolutsioonilise|revolutsionny|rewolucji|révolution|revolucio|revolution|revoliucijos|revolucionarne|rivoluzionarie|revolutionaire|революционный|революционная|революционные|революционных',
  ],
  [
    'theater',
    'theater|theatre|divadlo|teater|teatteri|théâtre|teatro|teatr|tiyatro|театр|театър|극장|剧院|劇場',
  ],
  [
    'professional',
    'professional|professionel|professionalnyi|профессионального|профессионольного|профессиональоного|профессонального|профессиональная|профессиональное|профессионально|профессиональных',
  ],
  [
    'operations',
    'operations|operation|operating|операциях|операции|operaciones|operações|opérations|operativos|operativa|operazioni|operasional|operativní|operationeel|operasyonel|operacyjne|オペレーション|运营',
  ],
  [
    'mechanical',
    'mechanical|механический|механическая|механические|механического|механической|механических|Механический|механика|mecanique|mécanique|МЕХАНИЧЕСКИЙ|Mekhanicheskiy|Mecánica',
  ],
  [
    'transport',
    'transport|transportation|transporte|transportes|trasporto|transpor|vervoer|транспорт|транспортный|транспортная|транспортные|транспортировке|транспортировок|транспортного|nakliye|运输|運輸|交通|运输公司',
  ],
  [
    'financial',
    'financial|finance|finances|finans|финансирование|финансирования|финансовый|финансовая|финансовые|финансовых|финансового|финансовой|finansal|mali|financiero|financiera|finanzas|金融|财务|財務|财政|財政',
  ],
  [
    'comms',
    'comms|communications|communication|kommunikation|коммюникации|коммуникация|коммуникации|коммуникаций|связи|связь|comunicación|comunicaciones|通信|通讯|通訊|传播|傳播',
  ],
  [
    'information',
    'information|info|informatics|informatyka|informatica|informatyki|информация|информациями|информацией|информационное|информационные|информационных|bilgi|enformasyon|información|informática|信息|資訊|情报|情報',
  ],
  [
    'electronic',
    'electronic|electronics|electronical|elektronisch|elektronische|électronique|elettronico|elettronica|electrónico|electrónica|elektronisk|електронний|електронна|електронски|электронный|электронная|электронные|электронных|электроника|электроники|电子|電子|電子の|전자|전자의|elektronik|elektronikçi',
  ],
  [
    'electric',
    'electric|electrical|electrically|electricity|электрический|электрическая|электрические|электрических|электрического|электрической|elektrik|elektrikli|eléctrico|eléctrica|electricidad|电气|電氣|电力|電力',
  ],
  [
    'energy',
    'energy|energies|energie|energia|energía|énergie|énergies|energias|energieën|energi|energier|energií|energije|energija|enerji|энергия|энергии|能源|能量|エネルギー|에너지',
  ],
  [
    'police',
    'police|police force|constabulary|póilíní|policia|policía|policie|policija|policja|poliisi|polis|polisi|polisie|politi|politie|politsei|polizei|полиция|경찰|警察',
  ],
  [
    'power',
    'power|powers|энергия|энергетика|энергетический|энергетическая|енергетика|енергетичний|енергетична|güç|enerji|potencia|poder|电力|電力|动力|動力',
  ],
  [
    'chemical',
    'chemical|chemicals|химический|химическая|химические|химических|химического|химической|kimya|kimyasal|kimyevi|químico|química|化学|化學|化工',
  ],
  [
    'museum',
    'museum|museums|музей|музея|музеях|музеям|музеями|museu|museos|musée|musei|muzej|muzeum|muzeji|müze|müzesi|museo|博物馆|博物館',
  ],
  [
    'security',
    'security|seguridad|securities|sécurité|güvenlik|безопасности|emniyet|securidad|安全|保安|安保',
  ],
  [
    'logistics',
    'logistics|logistic|логистика|логистики|логистическая|логистической|логистических|логистическому|ЛОГИСТИКС|lojistik|logística|物流|后勤|後勤',
  ],
  [
    'marketing',
    'marketing|маркетинг|маркетинговый|маркетинговая|маркетинговые|маркетинговых|marketingu|marketingová|marketingové|marketingo|marketinga|pazarlama|mercadeo|mercadotecnia|营销|營銷|市场营销|市場營銷',
  ],
  [
    'bank',
    'bank|banking|investment bank|investment banking|commercial bank|trade bank|merchant bank|clearing bank|savings and loan|savings bank|savings and loan association|handelsbank|Kreditanstalt|handelsbanken|банка|banka|банк|инвестиционный банк|коммерческий банк|муниципально-коммерческий банк|banque|banca|banco|bankası|banki|銀行|은행|bankacılık|银行',
  ],
  [
    'motor',
    'motor|motors|motoren|motoru|motorları|motorlar|motorlu|мотор|моторы|моторный|моторная|моторные|发动机|發動機',
  ],
  [
    'offshore',
    'offshore|ofshor|оффшор|оффшорный|оффшорная|оффшорные|оффшорной|оффшорного|offshores|オフショア',
  ],
  [
    'distrib',
    'distrib|distributors|distributor|distribution|distribuidora|дистрибьютор|дистрибуция|дистрибутора|дистрибуции',
  ],
  [
    'budget',
    'budget|budgetary|бюджет|бюджетный|бюджетная|бюджетные|бюджетное|бюджетного|бюджетной|бюджетний|бюджетна|бюджетних',
  ],
  [
    'stockexch',
    'stockexch|stock exchange|stock market|securities exchange|bourse|börse|bolsa de valores|borsa valori|bursa efek|effectenbeurs|beurs|aandelebeurs|aktiemarknad|pörssi|Фондовый рынок|Фондовая биржа|证券交易所|証券取引所|증권거래소',
  ],
  [
    'united',
    'united|unita|uniti|unidas|unifié|unificato|unificata|unificati|unificadas|объединенный|объединенная|объединенные|объединенных',
  ],
  ['exchange', 'exchange|exchanges|биржа|биржи|биржевой|биржевое'],
  [
    'tactical',
    'tactical|tactics|taktik|taktische|тактический|тактическая|тактические|тактических|тактического|тактической|тактична|тактичного|тактичной',
  ],
  [
    'manufacturing',
    'manufacturing|manufakturynh|manufacturies|mfg.|производство|production|производственный|производственная',
  ],
  [
    'medical',
    'medical|medicine|медичний|медична|медичних|медицинский|медицинская|медицинские|медицинского|медицинской|tıbbi|tıp|médico|médica|medicina|医疗|醫療|医学|醫學',
  ],
  [
    'hospital',
    'hospital|hospitals|госпиталь|госпиталя|госпиталях|госпиталям|госпиталями|госпитале|больница|больницы|больницах|больницам|hastane|hastanesi|医院|醫院',
  ],
  [
    'cartel',
    'cartel|cartels|dto|Drug Trafficking Organization|kartell|cartello|cartéis|cárteles|cartelli|картель|картели|卡特尔|カルテル|카르텔|kartel|kartele|karteller|karteli|kartellit|karteliai|kartellid|kartellek',
  ],
  [
    'social',
    'social|социальный|социальная|социальные|социального|социальной|социальных|socialnyy|socjalny|socjalna|socjalne|socjalnych|sosyal',
  ],
  [
    'media',
    'media|medios|médias|médios|medien|massmedia|massmedier|tiedotusvälineet|meedia|média|mediji|medya|медиа|СМИ|媒体|メディア|미디어|媒體|传媒|傳媒',
  ],
  ['school', 'school|école|escola|escuela|Schule|scuola|skola|школа|okul|colegio|学校|學校'],
  [
    'crypto',
    "crypto|cryptocurrency|cryptocurrencies|cripto|criptomoeda|criptomoedas|criptomoneda|criptomonedas|crypto-monnaies|cryptomonnaies|cryptomonnaie|cryptovaluta's|cryptovaluta|kripto|kripto para birimi|kripto para birimleri|kriptovaliuta|kriptovaliutos|kriptovaluta|kriptovaluták|krüpto|krüptovaluuta|krüptovaluutad|krypto|kryptovaluta|kryptovalutaer|kryptovalutor|kryptovaluutat|kryptovaluutta|kryptowährung|kryptowährungen|kryptowaluta|kryptowaluty|крипто|криптовалюта|криптовалюти|криптовалюты|암호화폐|加密货币|暗号資産|クリプト",
  ],
  [
    'tpb',
    'tpb|tactical missile company|tactical missiles company|tactical missile corporation|tactical missiles corporation|takticheskoe raketnoe vooruzhenie|тактическое ракетное вооружение',
  ],
  [
    'npp',
    'npp|research and production association|НПП|research and production enterprise|research and production corporation|research & production corporation|research & production|research and production|research and production company|research & production association|Naukovo-vyrobnyche pidpryiemstvo|NAUCHNO-PROIZVODSTVENNOE PREDPRIYATIE|ENGINEERING AND CONSTRUCTION|Scientific and Production Enterprise|Scientific Production Enterprise|spe|Scientific and Production|Научно-производственное предприятие|Научно-производственное|Науково-виробниче',
  ],
  [
    'snco',
    'snco|Settlement Non-banking Credit Institution|Settlement non-banking credit organization|SNCO|некредитная организация по расчетам',
  ],
  [
    'nbco',
    'nbco|Non-bank credit organization|Non-banking credit organization|Non-bank credit institution|Non-banking credit institution|NBCO|NCO|некредитная организация',
  ],
  [
    'alqaeda',
    "alqaeda|al-qaeda|qaeda|Al-Qa'ida|Qa'ida|Al Qaida|Al-Kaida|QA'IDA OF JIHAD ORGANIZATION|AL-QA'IDA ORGANIZATION|Al-Qaida Organization|Al Qaida/Islamic Army|Al-Qa'ida/Islamic Army|Al-Kaida/Islamic Army",
  ],
  ['hezbollah', 'hezbollah|Hezbollah|Hizbollah|Hezballah|Hizballah|Hizbullah'],
  [
    'irgc',
    'irgc|IRGC|Islamic Revolutionary Guard Corps|Islamic Revolutionary Guards Corps|Iranian Islamic Revolutionary Guard Corps|Army of the Guardians of the Islamic Revolution|Sepah-e Pasdaran-e Enqelab-e Eslami|Pasdaran|Corps des gardiens de la révolution islamique',
  ],
  [
    'pla',
    "pla|PLA|PLA China|People's Liberation Army|Peoples Liberation Army|Chinese People's Liberation Army|China People's Liberation Army|Chinese PLA|中国人民解放军|中国人民解放軍",
  ],
  ['ccp', 'ccp|CCP|Chinese Communist Party|中国共产党|Communist Party of China'],
  ['cia', 'cia|CIA|Central Intelligence Agency|ЦРУ|Центральное разведывательное управление'],
];
