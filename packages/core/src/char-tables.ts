/** BGN/PCGN-style romanisation of Russian Cyrillic (lower case), so «Мокран» meets "Mokran". */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
  ј: 'j',
};

/** Cyrillic letters that look like Latin ones, used inside mostly-Latin words ("сompany" with a Cyrillic с). */
export const CYRILLIC_HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
};

/** Latin letters that look like Cyrillic ones, used inside mostly-Cyrillic words ("OOO" typed in Latin). */
export const LATIN_HOMOGLYPHS: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};

/**
 * Traditional (and Japanese shinjitai) Han characters folded to Simplified: the characters of our names
 * and of common company words, so 鴨綠江技術開發公司 meets 鸭绿江技术开发公司.
 */
const TRADITIONAL_PAIRS =
  '鴨鸭綠绿術术開开發发発发會会貿贸銀银網网絡络業业國国際际東东華华臺台灣湾關关電电資资訊讯設设計计廠厂產产' +
  '総总總总萬万壽寿號号島岛鮮鲜韓韩瀋沈陽阳遼辽寧宁邊边鐵铁鋼钢實实體体運运輸输達达進进場场連连區区団团團团務务' +
  '經经営营營营貨货倉仓庫库樂乐藝艺學学園园廣广時时間间長长龍龙鳳凤雲云書书義义愛爱協协聯联處处軍军備备戰战紀纪' +
  '隊队築筑構构機机製制衛卫門门車车馬马魚鱼鳥鸟豐丰風风飛飞順顺頭头顧顾問问質质證证労劳勞劳動动員员僑侨億亿傳传' +
  '亞亚歐欧蘇苏黃黄當当與与為为來来紅红綜综瑪玛納纳羅罗圖图們们這这個个對对於于後后從从総总銷销售售購购買买賣卖' +
  '價价錢钱銀银行行館馆飯饭樓楼廈厦橋桥灣湾莊庄鄉乡縣县鎮镇蘭兰遠远綫线線线礦矿採采煉炼煤煤氣气燈灯熱热' +
  '醫医藥药療疗衞卫養养農农漁渔牧牧鹽盐紡纺織织絲丝綢绸裝装飾饰鞋鞋帽帽塑塑膠胶輕轻重重環环護护保保險险' +
  '証证券券銀银債债務务稅税財财會会審审計计諮咨詢询術术種种樹树林林園园藝艺錦锦繡绣彫雕刻刻畫画壁壁' +
  '鑛矿駅驿験验検检滬沪嶺岭廳厅庁厅條条鄭郑劉刘陳陈張张楊杨趙赵吳吴孫孙鄧邓許许馮冯韋韦潔洁淨净' +
  // Japanese shinjitai forms that differ from both Traditional and Simplified (延辺 for 延边, 鉄鋼 for 铁钢):
  // Japanese pages write Chinese and Korean company names with them.
  '辺边浜滨沢泽鉄铁銭钱広广転转伝传両两満满栄荣売卖読读続续単单図图縄绳険险戦战黒黑県县桜樱亜亚圧压塩盐応应' +
  '価价気气帰归拠据挙举軽轻継继鶏鸡剣剑権权効效済济剤剂雑杂賛赞児儿釈释収收渋涩獣兽縦纵粛肃奨奖焼烧乗乘' +
  '畳叠壌壤譲让醸酿穂穗専专繊纤荘庄捜搜挿插巣巢層层騒骚増增蔵藏臓脏対对帯带滝泷択择弾弹遅迟鋳铸聴听逓递' +
  '闘斗徳德悩恼脳脑覇霸廃废拝拜髪发抜拔晩晚舗铺歩步毎每黙默訳译薬药揺摇様样謡谣頼赖覧览欄栏竜龙猟猎緑绿' +
  '涙泪塁垒類类霊灵齢龄暦历歴历録录';

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = Array.from(TRADITIONAL_PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const from = chars[i]!;
    const to = chars[i + 1]!;
    if (from !== to) map.set(from, to);
  }
  return map;
})();
