import type { StopList } from "../knowledge/index.ts";
import type { NodeType } from "../ontology/index.ts";
import { Endings, hasAny } from "./endings.ts";
import { outsideName, WordIndex, WORKS, type Segmenter, type Word } from "./segment.ts";
import { Trie } from "./trie.ts";

/** Name endings that make a phrase a named entity of a type. */
const SUFFIXES: [string, NodeType][] = [
  ["实验室", "Lab"],
  // a logistics or demonstration base gathers firms, and a project area projects: zones
  ["物流基地", "Zone"],
  ["示范基地", "Zone"],
  ["产业基地", "Zone"],
  ["项目区", "Zone"],
  ["重点实验室", "Lab"],
  ["全国重点实验室", "Lab"],
  ["产业集群", "IndustryCluster"],
  ["全产业链", "IndustryCluster"],
  ["产业发展体系", "IndustryCluster"],
  ["产业体系", "IndustryCluster"],
  ["产业链", "IndustryCluster"],
  ["集群", "IndustryCluster"],
  ["城市群", "Region"],
  ["都市圈", "Region"],
  ["经济圈", "Region"],
  ["经济带", "Region"],
  ["经济走廊", "Region"],
  ["毗邻地区", "Region"],
  ["经济区", "Region"],
  ["都市区", "Region"],
  ["产业园区", "Zone"],
  ["产业园", "Zone"],
  ["开发区", "Zone"],
  ["高新区", "Zone"],
  ["经开区", "Zone"],
  ["港务区", "Zone"],
  ["科技城", "Zone"],
  ["科技园", "Zone"],
  ["创新谷", "Zone"],
  ["商圈", "Zone"],
  ["创业园", "Zone"],
  ["综试区", "Zone"],
  ["综合保税区", "Zone"],
  ["保税物流中心", "Zone"],
  ["物流枢纽", "Zone"],
  ["保税区", "Zone"],
  ["综保区", "Zone"],
  ["综合试验区", "Zone"],
  ["新区", "Zone"],
  ["片区", "Zone"],
  ["物流园", "Zone"],
  ["示范区", "Zone"],
  ["陆港", "Zone"],
  ["工业园区", "Zone"],
  ["工业园", "Zone"],
  ["化工园区", "Zone"],
  ["大学园", "Zone"],
  ["大学城", "Zone"],
  ["物流园区", "Zone"],
  ["产业集聚区", "Zone"],
  ["合作区", "Zone"],
  ["协作区", "Zone"],
  ["工业区", "Zone"],
  ["产业区", "Zone"],
  ["配套区", "Zone"],
  ["高科园", "Zone"],
  ["科创园", "Zone"],
  ["创新园", "Zone"],
  ["创新港", "Zone"],
  // (the valleys a region builds for one industry: 沂蒙药谷, 沂蒙光谷, 枣庄低空经济动力谷)
  ["药谷", "Zone"],
  ["光谷", "Zone"],
  ["动力谷", "Zone"],
  ["智谷", "Zone"],
  ["医药港", "Zone"],
  ["银行", "Organization"],
  ["电厂", "Organization"],
  ["分院", "Organization"],
  ["协会", "Organization"],
  ["商会", "Organization"],
  ["联合会", "Organization"],
  ["促进会", "Organization"],
  ["共同体", "Organization"],
  ["孵化器", "Organization"],
  // (an academician's workstation is named by the academician: 聂祚仁院士工作站)
  ["院士工作站", "Organization"],
  ["检测中心", "Organization"],
  ["检验中心", "Organization"],
  ["校区", "Organization"],
  ["港区", "Infrastructure"],
  ["港", "Infrastructure"],
  ["站", "Infrastructure"],
  ["车站", "Infrastructure"],
  ["火车站", "Infrastructure"],
  ["大学", "Organization"],
  ["学院", "Organization"],
  ["医院", "Organization"],
  ["集团", "Organization"],
  ["公司", "Organization"],
  ["联盟", "Organization"],
  ["研究院", "Organization"],
  ["研究总院", "Organization"],
  ["工程研究中心", "Organization"],
  ["研究中心", "Organization"],
  ["工程中心", "Organization"],
  ["研发中心", "Organization"],
  ["协同创新中心", "Organization"],
  ["数据中心", "Project"],
  ["技术研究中心", "Organization"],
  ["研究所", "Organization"],
  // academies and colleges
  ["科学院", "Organization"],
  ["专科学校", "Organization"],
  ["交易所", "Organization"],
  // (the institutes of advanced technology go by 先进院: 深圳先进院, 济宁先进院)
  ["先进院", "Organization"],
  // (a railway bureau runs the lines of its area: 上海铁路局, 济南铁路局)
  ["铁路局", "Organization"],
  ["交易中心", "Organization"],
  ["分中心", "Organization"],
  ["质检中心", "Organization"],
  ["保护中心", "Organization"],
  ["测试中心", "Organization"],
  ["集结中心", "Project"],
  ["项目", "Project"],
  ["工程", "Project"],
  ["铁路", "Infrastructure"],
  ["普铁", "Infrastructure"],
  ["高铁", "Infrastructure"],
  // (a connecting line is a line: 淮北至商丘(永城北)高铁联络线)
  ["高铁联络线", "Infrastructure"],
  ["铁路联络线", "Infrastructure"],
  ["客运专线", "Infrastructure"],
  ["高速公路", "Infrastructure"],
  // (a road named by the places it joins, 岚济公路, 临沂至滕州公路: the line patterns read only those)
  ["公路", "Infrastructure"],
  ["高速铁路", "Infrastructure"],
  ["高速", "Infrastructure"],
  ["快速路", "Infrastructure"],
  ["快速通道", "Infrastructure"],
  ["机场", "Infrastructure"],
  ["国际机场", "Infrastructure"],
  ["通用机场", "Infrastructure"],
  ["码头", "Infrastructure"],
  ["枢纽", "Infrastructure"],
  ["收费站", "Infrastructure"],
  ["货场", "Infrastructure"],
  ["作业区", "Infrastructure"],
  ["班列", "Infrastructure"],
  ["大运河", "Infrastructure"],
  ["航道", "Infrastructure"],
  // (a ship lock is named by its place: 宿豫船闸, 冯集船闸)
  ["船闸", "Infrastructure"],
  ["运河", "Infrastructure"],
];
const SUFFIX_TRIE = new Trie<NodeType>();
for (const [s, t] of SUFFIXES) SUFFIX_TRIE.set(s, t);
const SUFFIX_FIRST = new Set(SUFFIXES.map(([s]) => s[0]!));

// the closed class of one-character function words: particles, prepositions, conjunctions, copulas
const FUNCTION_CHARS = new Set([..."的地得之在于和与及或等由被把将对向从到为是了着过以其也而并且但即自至给让使有上下里内外即又还就都该此本各每丨距沿暨属按"]);
// verbs of going and taking that jieba leaves as single characters: a visit (…学院赴|临涣化工园区), never part of a name
const GOING = /^[赴抵往去来借]$/;
const PART_OF_ZONE = /^(片区|园区|区块)/;
const OWNER_ENDING = /(大学|学院|集团|公司)$/;
const NOUNISH = /^(n|vn|nz|an|b|l|j|x)$/;
// a builder or investor before the thing it builds; a partner between 与 and an agreement
const ROLE_AFTER = /(?:筹建|投资建设|投资|承建|签约)的/g;
const ROLE_PARTNER = /与([^与,。;:、\s]{2,16}?)(?:签约|签订|签署|合作共建|共建|携手)/g;
// endings that also close descriptions (南部片区, 集聚示范区): the stem must hold a name
const WEAK_ZONE = /^(片区|示范区|新区|物流园|工业园|工业园区|产业园|产业园区|产业区|物流基地|示范基地|项目区)$/;
// parks a county or zone names by their field (机械制造产业园区, 智能针织产业园)
const OWNER_BEFORE = /[\u4e00-\u9fa5)]{2,}(有限公司|有限责任公司|股份公司|集团)$/;
const FIELD_PARK = /^(产业园|产业园区|工业园|工业园区)$/;
// what makes a park named by its field one of many: "建设一批特色产业园", "3个产业园"
const PARKS_COUNTED = /(一批|一些|多个|若干|各类|各个|一系列|[0-9一二三四五六七八九十两]+(个|家|大|类|座))$/;
// (+ joins the numbers of a quoted coinage: “2+2”产业体系)
// jieba glues a preposition to the unknown name after it (以舜邦, 对汉睿, 由该): the name starts one character on
// (and 原, "former", before the name a firm or a site had: 盘活|原大晶/x|集团; and the aspect particle 了: 建成|了己内酯/x)
const GLUED_PREPOSITION = /^[以对在与和及将把被由从向为借沿距据原了]/;
// the function words jieba glues to the front of a line's abbreviation (与商|合杭, 中|沈海, 沿|泗许)
const LINE_GLUE = /^[与和及中在经沿距]/;
// a verb's resultative complement (推进|好, 构建|起): after a verb it is the verb's, not a name's
const RESULTATIVE = /^[好完起出]/;
// trade words that also describe a product or a field, too weak alone to make a brand a company
const DESCRIPTOR_TRADE = /^(智能|新能源|生物|环保|信息|数码|新材|材料|通信)$/;
const NAME_CHARS = /^[\u4e00-\u9fa5A-Za-z0-9·"“”()+&]+$/;
// a count of projects, then what they mainly are: "完成项目38个,…,主要包括A、B、C", "在建项目68个…主要包括A和B"
const PROJECTS_INCLUDED = /(?:项目[0-9一二三四五六七八九十百千两几]+个|[0-9一二三四五六七八九十百千两几]+个[^,。;]{0,6}项目)[^。;!?]{0,50}?(?:主要包括|重点包括|主要有|分别是|分别为)[:：]?([^。;!?,:]+)/g;
const COUNT = /([0-9]+|[一二三四五六七八九十百千两几]+)(余|多)?(个|项|家|所|批|类|座|处|条|大|种|名|亿|万|强|位|届)/;
// inside a name a quantity of output belongs to it (恒信50万吨乙醇项目, 年产5000吨…); a count of things or
// a sum of money does not ("25个项目", "10亿元项目")
const COUNTED = /([0-9]+|[一二三四五六七八九十百千两几]+)(?:余|多)?(个|项|家|所|批|类|座|处|条|大|种|名|位|届|亿元?|万元|万美元|亿美元)(?!吨|千瓦|平方|台|套|件|辆|只|张|吨)/;
// the verbs that confer a title on a place or a firm
const AWARDED = /(授予|评为|评定为|命名为|荣获|获评|被列为|称号为)[^。;]*$/;
// the manner a report does something in, before its verb: 大力|发展, 加快|培育
const LEADING_MANNER = /^(大力|全力|着力|积极|加快|努力|持续|重点|优先|率先)/;
// places listed before the one whose 站 they share (沂南、兰陵和郯城站): the list and its last place
const STATIONS_SHARING = /((?:[\u4e00-\u9fa5]{2,5}、)*[\u4e00-\u9fa5]{2,5}[和及、][\u4e00-\u9fa5]{2,4}?)(?=(?:车站|站)(?![区点长台务]))/g;
// the countries whose firms the region's pages name with their country in front (法国家乐福集团, 日本小松)
export const COUNTRY = /^(法国|德国|美国|日本|韩国|英国|意大利|荷兰|瑞士|瑞典|芬兰|丹麦|挪威|奥地利|比利时|西班牙|新加坡|以色列|加拿大|澳大利亚|俄罗斯)$/;
const COUNTRY_AT_START = new RegExp(`^${COUNTRY.source.slice(1, -1)}`);
// the verbs that name a field right before a park's kind (智能|制造|科创园), where jieba leaves the kind unknown
const FIELD_VERB = /^(制造|加工|研发|创新|创业|孵化|检测|设计|培训|仓储|应用)$/;
// the qualities a report wishes a zone to have (高标准, 现代化): no name
const QUALITY = /^(高标准|高质量|高水平|高端|现代化|一流|和谐|新型|综合性|特色)$/;
const BARE_ZONE = /^(高新区|经开区)$/;
const CITY_ZONE = /^市(开发区|经开区|高新区|经济开发区|经济技术开发区|高新技术产业开发区)$/;
// (and a company, group or bank named by its trade alone: 航空公司, 公共汽车公司, 农商银行)
const INSTITUTE = /^(研究院|研究所|学院|联盟|协会|商会|共同体|分院|公司|集团|银行|中心|孵化器|检测中心|交易中心)$/;
// (a company only where its trade is one common word: 铁路总公司 and 港口控股集团 are names)
const COMPANY = /^(公司|集团|银行)$/;
// a time clause ends a list's text: "继A、B之后又一个…项目" says what came before, it lists nothing
const TIME_CLAUSE_END = /(之后|以后|之前|以来)[又再还也]?$/;
// the sectors a state-owned group is named by, which no brand is (水务集团, 城投公司); the trade words
// (能源, 物流, 医药…) are excluded beside them
const SECTOR = /^(水务|船务|商务|税务|城投|交投|文旅|农投|国控|建工|路桥|港务|航运|铁投|金控|产投|国资|国投|交通|旅游|文化|农业|建设|投资|发展)$/;
// the stage of a work before its name: 新建, 在建, 续建, 拟建, 改扩建
const CONSTRUCTION = /^(新建|在建|续建|拟建|改建|扩建|改扩建|已建|待建)$/;
const TRAIN_ROUTE = /^(中欧|中亚|国际|中俄|中老|中越|中蒙|中吉乌|中哈|亚欧|海铁联运|铁海联运)$/;
const INTERCITY = /^(高速公路|高速|高速铁路|高铁|铁路|城际铁路|客运专线|航道|高铁联络线|铁路联络线|公路)$/;
const LINE_GEOGRAPHY = /^(东部|西部|南部|北部|沿江|沿海|沿淮|绕越|绕城|环城|大|大道)$/;
const POINT_KIND = /^(港|港区|码头|机场|国际机场|通用机场|作业区|站|车站|火车站|枢纽|收费站|货场|船闸)$/;
const PHASE_ANY = /[一二三四五六七八九十]期|[0-9]+号线/;
const SECTION = /^([\u4e00-\u9fa5]{2,4}?)至([\u4e00-\u9fa5]{2,4}?)段/;
const PHASE = /^([一二三四五六七八九十]期)(工程|项目)?/;
const LINE_END = /^(高速公路|高速|铁路|高铁|城际铁路|客运专线|快速路|公路)$/;
const NUMBERED_ROAD = /(?<![0-9A-Za-z])(?:((?:国道|省道)G?[0-9]{2,4}(?![.0-9])线?)|((?:G|S)?[0-9]{2,4}(?:[与和、](?:G|S)?[0-9]{2,4})*)(国道|省道))(?![0-9])/g;
const STATIONS_AFTER_COUNT = /(?:[0-9一二三四五六七八九十]+(?:个|座)(?:客运|高铁)?(?:车站|站点|站))[,:，：]?(?:其中)?(?:包括|分别为|分别是|为|有|依次为)[:：]?((?:[\u4e00-\u9fa5]{2,6}(?:\([^()]{1,12}\))?、)+[\u4e00-\u9fa5]{2,6})(?:和|及|、)[\u4e00-\u9fa5]{2,6}站/g;
// abbreviated lines before 等 and their kind: 徐明(S07)、京台(G3)、济祁(S97)等多条高速公路
// a task's number at the start of a line (13、, 2.)
const ITEM_NUMBER = /^[\s\u3000]*[0-9]{1,3}[、.．](?![0-9])/;
// ports each named with its 港, two or more in a list
const PORT_LIST = /(?:[\u4e00-\u9fa5]{2,5}港、)+[\u4e00-\u9fa5]{2,3}港(?![区口务])/g;
const LINE_LIST = /((?:[\u4e00-\u9fa5]{2,5}(?:\([A-Z]?[0-9]{1,4}\))?、)+[\u4e00-\u9fa5]{2,3}(?:\([A-Z]?[0-9]{1,4}\))?)(?:等(?:[0-9一二三四五六七八九十多几]+条)?|[0-9一二三四五六七八九十]+条)(?:[“"][^”"]{1,8}[”"]的?|(?:南北|东西)向的?)?(高速公路|高速|高铁|城际铁路|铁路)/g;
const STATION_LIST = /((?:[\u4e00-\u9fa5]{2,6}(?:\([^()]{1,12}\))?、)+[\u4e00-\u9fa5]{2,6})(?:等?[0-9一二三四五六七八九十]+(?:个|座)(?:客运|高铁|客货运|货运|中间|客货运中间|货运中间)?(?:车站|站点|站)|等(?:车站|站点|站))/g;
// (a comma may stand for 、 inside the frame: 以冠华铸造、德尔重工,胜海铸造为龙头; the list still needs a 、)
const ROLE_LIST = /以((?:[^,。;:、以为]{2,20}[、,])+[^,。;:、以为]{2,20})为([^,。;:]{0,6}?(企业|龙头|主体|载体|园区|代表))/g;
const CLUSTER_LIST = /([^,。;:!?]{2,10}?)(?:等)?([一二三四五六七八九十两0-9]+(?:大|个))?(?:主导|支柱|先进制造|战略性新兴|特色|优势|新兴)(?:产业|业)/g;
// a legal form with nothing before it (集团股份有限公司, 有限公司)
const LEGAL_FORM_ONLY = /^(集团)?(股份)?(有限)?(责任)?(公司)?$/;
// the words of a company's trade that are also verbs, up to its legal form (…投资发展|集团有限公司)
const TRADE_VERBS = /^(投资|发展|建设|开发|管理|服务|经营|运营|控股|实业|交通|高速|工程建设|监理|咨询|设计|勘察|施工)+(集团)?(股份)?(有限)?(责任)?$/;
const ZONE_KIND_ONLY = /^(国家级|国家|省级|省|市级)?(经济|经济技术|高新技术产业|高新技术|工业|产业|开发|特色)?(开发区|园区|工业园|产业园|工业园区|产业园区|开发园区|集聚区)$/;
// an item that says by its ending it is an organisation
const ORG_NAMED = /(有限公司|有限责任公司|集团|公司|研究院|研究所|大学|学院|医院)$/;
// the head noun after 等 that says what a list names; a long tail may stand before it:
// "A、B、C等一批总投资超百亿元、带动能力强的重点项目"
// a project named by its registered owner runs past the usual length (海希储能科技(山东)有限公司5GWh储能电芯模组pack
// 生产制造基地项目): cut at 30 characters, its owner would lose its brand
const OWNED = /(有限公司|有限责任公司|股份公司)/;
// the verb that names a unit for an honour, before the honour's fields
const HONOURED = /(评为|授予|荣获|获评|命名为|认定为)/;
const LIST_HEAD = /^等(?:[0-9一二三四五六七八九十百]+(?:个|家|所|项|处|条))?[^,。;:!?]{0,30}?(项目|企业|小巨人|龙头|公司|集团|品牌|高校院所|高校|院所|科研院所|园区载体|园区|载体|单位|医院|机构|综合体)/;
// a kind of firm, then its name up to a list mark or the clause's end (龙头企业|金朋达、…)
const APPOSED_FIRM = /(龙头|领军|骨干|知名|链主|头部|标杆|独角兽|瞪羚|上市|央企|外资|配套|行业)企业([\u4e00-\u9fa5A-Za-z0-9()（）]{2,10}?)(?=[、,。;:!?]|等|$)/g;
// an institute named by its place and field, like a lab (山东省|合成|润滑油工程研究中心): a verb after the place is the
// field's, unless it stands right before the kind (淮北市|召开|研究院…)
const INSTITUTE_KIND = /^(工程研究中心|技术研究中心|研究中心|工程中心|研发中心|协同创新中心|研究院|研究所)/;
// a state construction group's numbered or trade bureau, and its numbered company (中铁十局四公司, 中交广航局)
const BUREAU = /(?:中铁|中建|中交|中冶|中核|中水|中国中铁|中国铁建)(?:[一二三四五六七八九十]{1,3}局|[广天上]航局)(?:集团)?(?:有限公司)?(?:[一二三四五六七八九十]{1,2}公司)?/g;
const BUREAU_NAME = new RegExp(`^${BUREAU.source}$`);
const METRO = /(地铁)?[0-9一二三四五六七八九十]+号线/g;
// a list closed by its count and the kind its items share: "蕲县、蕲东…13个作业区", "A、B、C3个产业集群"
const COUNTED_KIND = /((?:[\u4e00-\u9fa5]{2,12}、)+[\u4e00-\u9fa5]{2,12})([0-9]{1,2}|[一二三四五六七八九十]{1,3})个(港区|作业区|产业集群)/g;
// a list of sectors closed by their count of "big" industries: "硅工业、食品工业、新型建材、机械汽配四大产业板块",
// "白色家电、…、医药化工“五大产业”", "绿色板材、…、绿色包装六大百亿元级产业"
const COUNTED_SECTORS = /((?:[\u4e00-\u9fa5]{2,8}、)+[\u4e00-\u9fa5]{2,8})[“"]?([一二三四五六七八九十]|[2-9])大(?:[^,。;:、“”"]{0,6}?)(?:产业|工业|行业)(?!园|区|基地)(?:板块|集群)?/g;
// the tags of the words that introduce a list's first item (培育了|…, 围绕|…, 以|…)
const OUTSIDE_LEAD = /^(v|vd|vi|vn|p|c|d|ul|uj|u|r)$/;
const KIND_TYPE: Record<string, NodeType> = { 港区: "Infrastructure", 作业区: "Infrastructure", 产业集群: "IndustryCluster" };

export interface PatternMatch {
  type: NodeType;
  start: number;
  end: number;
  /** found in an enumeration: the verb before it (对接, 依托) */
  leadVerb?: string;
  /** from an enumeration "A、B等…": the position of 等 */
  enumeration?: number;
  /** the full name where the text shares one ending among several names (紫金山、太湖实验室 → 太湖实验室) */
  canonical?: string;
  /** a zone named only by its kind (高新区): the document's city's */
  bare?: boolean;
}

export class NamePatterns {
  private readonly leadIn: Set<string>;
  private readonly trade: RegExp;
  private readonly titles: RegExp;
  private readonly projectModifiers: Set<string>;
  private readonly modifiedHead: RegExp;
  private readonly leadVerbs: string[];
  private readonly leadVerbEndings: Endings;
  private readonly generic: Set<string>;
  private readonly genericWords: Set<string>;
  private readonly genericRe: RegExp;
  private readonly orgGenericRe: RegExp;
  private readonly tradeWords: Set<string>;
  private readonly tradeAhead: RegExp;

  constructor(
    stop: StopList,
    private readonly seg: Segmenter,
    /** whether a word is the name of a division (full or short form) */
    private readonly isPlace: (word: string) => boolean = () => false,
    /** whether a word is the full official name of a division (山东省, 徐州市), not a short form */
    private readonly isFullPlace: (word: string) => boolean = () => false,
    /** characters a road or railway name can be made of (the places' one-character forms) */
    private readonly lineChars: ReadonlySet<string> = new Set(),
    /** the one-character forms line names use (京, 沪, 徐, 连) */
    private readonly lineAbbreviations: ReadonlySet<string> = new Set(),
    /** whether the division named `outer` contains the one named `inner` (商丘市, 睢县) */
    private readonly contains: (outer: string, inner: string) => boolean = () => false,
    /** the kind of division a word names, where all it can name are of one kind (江苏 Province, 阳谷 District) */
    private readonly placeType: (word: string) => NodeType | undefined = () => undefined,
  ) {
    this.leadIn = new Set(stop.leadIn);
    this.tradeWords = new Set(stop.tradeWords);
    this.trade = new RegExp(`^(.{2,4}?)(${[...stop.tradeWords].sort((a, b) => b.length - a.length).join("|")})$`);
    this.tradeAhead = new RegExp(`^([\u4e00-\u9fa5]{2,4}?)(${[...stop.tradeWords].sort((a, b) => b.length - a.length).join("|")})`);
    this.projectModifiers = new Set(stop.projectModifiers);
    // a run of kinds right before 项目, maybe after a quoted slogan: “填补空白”龙头项目, 强链、补链项目
    const kinds = [...stop.projectModifiers].sort((a, b) => b.length - a.length).join("|");
    this.modifiedHead = new RegExp(`^(?:[“"][^”"]{1,8}[”"])?(?:(?:${kinds})、?)+项目`);
    this.titles = new RegExp(`(${stop.titles.join("|")})$`);
    this.leadVerbs = stop.leadIn.filter((w) => w.length >= 2);
    this.leadVerbEndings = new Endings(this.leadVerbs);
    this.generic = new Set(stop.generic);
    this.genericWords = new Set(stop.genericWords);
    const alt = [...stop.genericWords, ...stop.leadIn].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
    this.genericRe = new RegExp(`(${alt})`, "g");
    const orgAlt = [...stop.genericOrgWords, ...stop.leadIn].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
    this.orgGenericRe = new RegExp(`(${orgAlt})`, "g");
  }

  /** Suffix-headed names and enumerated names in one sentence `text[from, to)`. */
  find(text: string, from: number, to: number): PatternMatch[] {
    // an item number opening the sentence (13、加快京东云小镇、京东智慧城…) numbers a list of tasks: it is no
    // item of the list that follows it
    const marker = ITEM_NUMBER.exec(text.slice(from, from + 6));
    if (marker) from += marker[0].length;
    const words = this.seg.words(text, from, to);
    const wordAt = new WordIndex(words, from); // offset → index of the word covering it
    const out: PatternMatch[] = [...this.enumerations(text, from, to, words, wordAt), ...this.parallelItems(text, from, to, words, wordAt), ...this.byRole(text, from, to, words, wordAt), ...this.stationLists(text, from, to), ...this.portLists(text, from, to), ...this.countedKinds(text, from, to), ...this.countedSectors(text, from, to), ...this.lineLists(text, from, to), ...this.railLines(text, from, to), ...this.roleLists(text, from, to), ...this.clusterLists(text, from, to, words, wordAt), ...this.semicolonLists(text, from, to), ...this.projectsIncluded(text, from, to), ...this.shortNamesBeside(text, from, to, words, wordAt), ...this.brandsOpeningClauses(text, words), ...this.dashInstitutes(text, from, to, words, wordAt), ...this.appositions(text, from, to, words, wordAt), ...this.zoneParts(text, from, to, words, wordAt), ...this.bureaus(text, from, to), ...this.towns(words)];
    // suffix-headed names: one pass over the sentence, a trie walk at each possible ending start
    for (let at = from; at < to; at++) {
      if (!SUFFIX_FIRST.has(text[at]!)) continue;
      const hit = SUFFIX_TRIE.longestAt(text, at, to);
      if (!hit) continue;
      let end = hit.end;
      let type = hit.value;
      // a named section of a line: 鲁南高铁菏泽至曲阜段
      if (type === "Infrastructure") {
        const section = SECTION.exec(text.slice(end, Math.min(to, end + 14)));
        if (section && this.isPlace(section[1]!) && this.isPlace(section[2]!)) end += section[0].length;
      }
      // (a bonded logistics centre's class is part of its name: 保税物流中心(B型))
      const grade = type === "Zone" ? /^[(（][AB]型[)）]/.exec(text.slice(end, Math.min(to, end + 4))) : null;
      if (grade) end += grade[0].length;
      // (a firm's phase names no work of its own, 山东信义机械有限公司|二期扩建现场, and a phase after 项目
      // is the project's, 普洛斯…物流园项目|一期已竣工)
      const phased = PHASE.exec(text.slice(end, Math.min(to, end + 4)));
      const phase = phased && type !== "Organization" && !(text.slice(at, hit.end) === "项目" && !phased[2]) ? phased : null;
      // a phase of a road or railway is the line itself (连宿高速二期开工: the 连宿高速), unless named as a
      // work of its own (…二期工程)
      let lineOf: number | undefined;
      if (phase && LINE_END.test(text.slice(at, hit.end)) && !phase[2]) {
        lineOf = end;
        end += phase[0].length;
      } else if (phase) {
        end += phase[0].length;
        type = "Project"; // 顺堤河码头二期: a phase of a facility is a project
      }
      if (hit.end - at === 1 && !this.pointName(text, words, wordAt, at)) continue;
      // (a contractor's site office is named after the works, not a name of them: 连云港码头|项目部)
      // (a company's own site office is the company's: 天元集团|项目部)
      if (type !== "Organization" && /^(项目部|指挥部|项目经理部)/.test(text.slice(hit.end, hit.end + 5))) continue;
      // (nor is a station's yard or head a line or a station: 淮北北站|高速场, 牡丹区站|站长)
      if (type === "Infrastructure" && (/^(场|车场)/.test(text.slice(hit.end, hit.end + 2)) && /高速$/.test(text.slice(at, hit.end)) || /^站$/.test(text.slice(at, hit.end)) && /^(站长|站务)/.test(text.slice(hit.end, hit.end + 2)))) continue;
      // (nor is a kind of project right before another named by its owner's place: 锂电项目|山东熵路新能源项目)
      if (text.slice(at, hit.end) === "项目" && words[wordAt.get(hit.end) ?? -1]?.start === hit.end && this.isPlace(words[wordAt.get(hit.end)!]!.word) && /项目/.test(text.slice(hit.end, Math.min(to, hit.end + 16)))) continue;
      // 集群 before 发展 or 化 says how something grows (呈集群发展态势, 集群化), it ends no name
      if (type === "IndustryCluster" && /^(发展|化|式|集聚)/.test(text.slice(hit.end, hit.end + 2))) continue;
      // an ending inside a longer word is no ending (工程|院 in 中国工程院, 项目|部)
      const last = words[wordAt.get(hit.end - 1)!]!;
      if (type === "Project" && last.end > hit.end) continue;
      // (nor 工程 before the machines it names: 中国工程|机械行业, 工程机械 is an industry)
      if (text.slice(at, hit.end) === "工程" && text.startsWith("机械", hit.end)) continue;
      // (nor is an institution's kind inside a common word: 临沂大学|大学生, 公司|法)
      if ((type === "Organization" || type === "Lab") && last.end > hit.end && last.start >= at && /^(n|v|vn|a)$/.test(this.seg.lexicon.get(last.word)?.tag ?? "")) continue;
      // "徐淮阜高速公路项目" is the road: a line or airport named as a project is still the line (京沪二通道项目 too)
      if (type === "Project" && /(高速公路|城际铁路|铁路|高铁|高速|公路|机场|二通道)$/.test(text.slice(Math.max(from, at - 4), at))) continue;
      const point = hit.end - at === 1 || /^(车站|火车站)$/.test(text.slice(at, hit.end));
      const intercity = type === "Infrastructure" && INTERCITY.test(text.slice(at, hit.end));
      const train = type === "Infrastructure" && text.slice(at, hit.end) === "班列";
      let start = intercity ? this.lineStart(words, wordAt, at) : train ? this.trainStart(text, words, wordAt, at) : this.leftBoundary(text, words, wordAt, at, from, type, point);
      // (a note in brackets between a line's ends and its kind is part of its name: 民权至砀山(豫皖界)高速公路)
      if (intercity && start >= at && text[at - 1] === ")") {
        const open = text.lastIndexOf("(", at - 1);
        if (open > from && at - open <= 9 && /^\([\u4e00-\u9fa5]+\)$/.test(text.slice(open, at)) && wordAt.get(open) !== undefined) {
          const before = this.lineStart(words, wordAt, open);
          if (before < open && /至/.test(text.slice(before, open))) start = before;
        }
      }
      if (train && start >= at) continue;
      // a network (高速铁路网, 铁路网) is no line
      if (intercity && (start >= at || text[end] === "网")) continue;
      // nor is a company named like one (中铁高速(山东)有限公司, …高速集团)
      if (intercity && /^(\([\u4e00-\u9fa5]{2,4}\))?(有限|股份|集团|公司|控股)/.test(text.slice(end, end + 10))) continue;
      // full division names before a line's two-character abbreviation say where, they are not its name
      // (临沂市河东区|长深高速河东互通): its places are the ones it joins, by their one-character forms
      if (intercity) start = this.afterFullPlaces(text, start, at);
      // a quoted coinage starts the name: 徐州市“343”创新产业集群 → “343”创新产业集群
      // (a project keeps its owner before the coinage: 宿州传化“公路港”物流产业园项目)
      const q = text.slice(start, at).search(/["“]/);
      if (q > 0 && !(type === "Project" && this.specificText(text.slice(start, start + q)))) start += q;
      // so does an unquoted number coinage after a place: 济宁市|231产业集群
      if (type === "IndustryCluster") {
        const w = words[wordAt.get(start) ?? -1];
        if (w && w.start === start && this.isPlace(w.word) && /^[0-9]/.test(text.slice(w.end, at))) start = w.end;
      }
      const name = text.slice(start, end);
      // a whole project name in quotes is a campaign or a slogan (“四乡工程”), which the ontology leaves out
      if (type === "Project" && /[“"]/.test(text[start - 1] ?? "") && /[”"]/.test(text[end] ?? "")) continue;
      // a name in quotes that a place is awarded is a designation (被授予“河南省知名纺织产业集聚区”、…; “…基地”称号)
      if (this.designation(text, start, end, from)) continue;
      // (and so is a cluster or zone a place is rated as, quoted or not: 连续两年被评为中国百佳产业集群)
      if ((type === "IndustryCluster" || type === "Zone") && /(评为|授予|获评|荣获|认定为|入选)$/.test(text.slice(Math.max(from, start - 4), start))) continue;
      // a bare 高新区 / 经开区 is the zone of the document's city (kept only where the document has one)
      // so is the city's own zone, 市开发区 / 市高新区 in a city's report
      if (((start === at && BARE_ZONE.test(name)) || CITY_ZONE.test(name)) && end === hit.end) {
        out.push({ type, start, end, bare: true });
        continue;
      }
      // a park named by its field is one of many after a count (一批|特色产业园)
      const fieldPark = type === "Zone" && FIELD_PARK.test(text.slice(at, hit.end)) && !this.specificText(text.slice(start, at));
      if (fieldPark && (PARKS_COUNTED.test(text.slice(Math.max(from, start - 4), start)) || this.isGeneric(text.slice(start, at)))) continue;
      // a project counted right after its name is a kind of project (新引进新能源产业项目16个, …项目5个), and one a
      // rank of key projects stands right before is a kind too (省级重点|文化旅游项目曲阜尼山圣境…)
      if (type === "Project" && end === hit.end && /^([0-9]+|[一二三四五六七八九十百两几]+)(余|多)?(个|项)/.test(text.slice(end, end + 6))) continue;
      if (type === "Project" && /(重点|重大)$/.test(text.slice(Math.max(from, start - 2), start))) continue;
      // a company's project is one project, whatever it is called: 睿阳精密工业股份有限公司的|金属半固态制浆技术项目
      const owned = type === "Project" && text[start - 1] === "的" && OWNER_BEFORE.test(text.slice(Math.max(from, start - 12), start - 1));
      if (this.acceptable(name, name.slice(0, at - start), type, text.slice(at, hit.end), owned)) {
        // (a station is named X站 whether the text says 车站 or 火车站: 符离集车站 is 符离集站)
        const station = /^(火车站|车站)$/.test(text.slice(at, hit.end)) && end === hit.end ? `${text.slice(start, at)}站` : undefined;
        out.push({ type, start, end, ...(lineOf ? { canonical: text.slice(start, lineOf) } : station ? { canonical: station } : {}) });
        // projects listed before the one that carries the ending share it ("实施恒信50万吨乙醇、国宏…项目")
        if (type === "Project" && text.slice(at, hit.end) === "项目" && end === hit.end) out.push(...this.sharedEnding(text, words, wordAt, start, from));
        // two lines by their abbreviations sharing the kind ("陇海与京九铁路", "连霍与济广高速"): the first is a
        // line of that kind too
        // (and a list of them: "连接徐明、京台、济祁、济广高速")
        for (let b = start; intercity && /[与和、]/.test(text[b - 1] ?? ""); ) {
          // (an abbreviation pair of two characters that opens the item: not the end of 铁路通道和|连镇高铁)
          const pair = /(?:^|[、,;:“"与和接连通]|连接)([\u4e00-\u9fa5]{2})$/.exec(text.slice(Math.max(from, b - 5), b - 1));
          const item = pair?.[1];
          if (!item || ![...item].every((c) => this.lineChars.has(c)) || !/^(ns|x)?$/.test(this.seg.lexicon.get(item)?.tag ?? "") || b - 1 - item.length < from) break;
          out.push({ type, start: b - 1 - item.length, end: b - 1, canonical: `${item}${text.slice(at, hit.end)}` });
          b -= item.length + 1;
        }
        // lines listed by their ends before the one that carries the kind ("郑州至西安、西安至宝鸡高铁")
        if (intercity) {
          let b = start;
          while (text[b - 1] === "、") {
            const item = /([\u4e00-\u9fa5]{2,6}?)至([\u4e00-\u9fa5]{2,6})$/.exec(text.slice(Math.max(from, b - 14), b - 1));
            if (!item || !this.isPlace(item[2]!)) break;
            // the first end is the longest place the item starts with after any word before it
            const head = item[1]!;
            let cut = -1;
            for (let c = 0; c <= head.length - 2 && cut < 0; c++) if (this.isPlace(head.slice(c))) cut = c;
            if (cut < 0) break;
            const a = b - 1 - item[0].length + cut;
            out.push({ type, start: a, end: b - 1, canonical: `${text.slice(a, b - 1)}${text.slice(at, hit.end)}` });
            if (cut > 0) break;
            b = a;
          }
        }
        // names sharing this ending: "紫金山、太湖、钟山、云龙湖实验室"
        if (type === "Lab") {
          let b = start;
          while (text[b - 1] === "、") {
            let a = b - 1;
            while (a > from && NAME_CHARS.test(text[a - 1]!) && !/[、]/.test(text[a - 1]!) && b - 1 - a < 6) a--;
            const item = text.slice(a, b - 1);
            const ws = this.seg.words(item, 0, item.length);
            let cut = 0;
            for (const w of ws) if (this.leadIn.has(w.word) || this.leadVerbEndings.endOf(w.word)) cut = w.end;
            const nm = item.slice(cut);
            // (an institution's or an event's name is no lab's field: 市科学技术局、…实验室, 签约仪式、…实验室)
            if (nm.length < 2 || SUFFIXES.some(([x]) => nm.endsWith(x)) || /(局|委|办|厅|院|所|公司|集团|大学|学院|中心|仪式|会议|活动)$/.test(nm)) break;
            out.push({ type, start: a + cut, end: b - 1, canonical: nm + text.slice(at, hit.end) });
            if (cut > 0) break;
            b = a;
          }
        }
      }
    }
    // metro lines: 地铁3号线, 3号线二期
    for (const m of text.slice(from, to).matchAll(METRO)) {
      if (!m[0].includes("地铁") && !/^[0-9]/.test(m[0])) continue;
      const start = from + m.index!;
      out.push({ type: "Infrastructure", start, end: start + m[0].length });
    }
    return this.withoutPeople(text, out);
  }

  /**
   * 港 and 站 end a name only as a word of their own after a place or a proper noun (连云港港, 梁山港,
   * 菏泽东站): not inside a word (连云港, 香港, 网站) and not after a common noun (加油站, 服务站).
   */
  private pointName(text: string, words: Word[], wordAt: WordIndex, at: number): boolean {
    const k = wordAt.get(at)!;
    const w = words[k]!;
    // a station the dictionary knows whole (商丘站): its place is the word's first part
    if (w.start !== at && w.end === at + 1 && /[站港]$/.test(w.word) && !this.isPlace(w.word) && this.countyOrCity(w.word.slice(0, -1))) return true;
    // (or one it does not know at all, listed beside others: 跃进港、龙拱港、太平港; 建设了润丰港、福兴港)
    if (w.start !== at && w.end === at + 1 && /[站港]$/.test(w.word) && w.tag === "x" && w.word.length >= 3 && (text[w.start - 1] === "、" || text[w.end] === "、")) return true;
    if (w.start !== at && !/^([东西南北]|火车|高铁)站$/.test(w.word)) return false;
    // the ending is a word of its own, not the start of another (港口, 港澳台, 港航, 站点)
    if (w.start === at && w.end > at + 1) return false;
    let j = w.start === at ? k - 1 : k - 1;
    if (w.start !== at && w.word.length === 2) j = k - 1;
    // a direction (东站) or 高铁 may stand between the place and the ending
    while (j >= 0 && /^(东|西|南|北|高铁|铁路)$/.test(words[j]!.word)) j--;
    const prev = words[j];
    if (!prev) return false;
    // a name jieba does not know comes in single characters (峄|州|港, 龙|拱|港) or as a fragment and a
    // character (金墩|顶|火车站): two of them that make no dictionary word are a proper name
    const before = words[j - 1];
    return (!!before && this.nameFragments(before, prev)) || /^(ns|nz|nr|nt|x|eng)$/.test(prev.tag) || /[A-Za-z]/.test(prev.word) || this.countyOrCity(prev.word);
  }

  /**
   * Whether `before` and the single character `w` after it are pieces of a name jieba does not know:
   * two characters that make no dictionary word (峄|州, 龙|拱), or a character after an unknown word
   * (金墩|顶); never a grammatical character.
   */
  private nameFragments(before: Word, w: Word): boolean {
    if (w.word.length !== 1 || !/^[\u4e00-\u9fa5]+$/.test(before.word + w.word) || FUNCTION_CHARS.has(w.word) || FUNCTION_CHARS.has(before.word)) return false;
    return (before.word.length === 1 && !this.seg.lexicon.has(before.word + w.word)) || before.tag === "x";
  }

  /**
   * Whether a station is named for a place, with or without a direction after it (菏泽东, 沂南: a place
   * whose own name ends in a direction is the place, not 沂 and 南). Short forms of counties too where
   * `short` (兰陵 for 兰陵县).
   */
  private stationPlace(item: string, short: boolean): boolean {
    const is = (x: string) => x.length >= 2 && (short ? this.countyOrCity(x) : this.isPlace(x));
    return is(item) || is(item.replace(/[东西南北]$/, ""));
  }

  /** A division's name, or its short form where the dictionary reads it as a common word (民权 for 民权县). */
  private countyOrCity(w: string): boolean {
    return this.isPlace(w) || (w.length >= 2 && ["县", "市", "区"].some((x) => this.isFullPlace(w + x)));
  }

  /**
   * Where the name of a road or railway between places starts: it is made of the places it joins, by
   * their names (临沂至滕州高速) or their one-character forms (京沪, 徐宿淮盐, 商合杭: short words the
   * dictionary does not know as common words), and a few words of geography (东部绕越, 北沿江). Any
   * other word (a verb: 连接, 接, 跨; a number; 枢纽, 方向, 全程) stands outside it. A single division
   * is a network, not a line (徐州铁路, 江苏省高速公路).
   */
  private lineStart(words: Word[], wordAt: WordIndex, at: number): number {
    const k = wordAt.get(at)!;
    // the kind may end a word the dictionary knows whole (陇海铁路, 京福高速)
    let start = words[k]!.start < at && !/^(高速|城际|国家)$/.test(words[k]!.word.slice(0, at - words[k]!.start)) ? words[k]!.start : at;
    let parts = start < at ? 1 : 0;
    let places = 0;
    let j = k - 1;
    while (j >= 0 && /^(城际|国家)$/.test(words[j]!.word)) start = words[j--]!.start;
    for (; j >= 0 && parts < 5; j--) {
      const w = words[j]!;
      // (the ends either side of 至 are places even where the dictionary reads one as a common word: 徐州至|民权|高速)
      if (w.word === "至" && parts > 0 && j > 0 && this.countyOrCity(words[j - 1]!.word)) {
        start = w.start;
        continue;
      }
      // a word that introduces a name is outside it, even where it is also a place's short form (新建区: 新建商丘至合肥高铁)
      // (and so is a route's direction and end, even where it is a county's short form: 东至|新长铁路)
      // (so is the network a line belongs to, and a locative after it: 高铁|网中|京沪高铁辅助通道)
      if (this.leadIn.has(w.word) || CONSTRUCTION.test(w.word) || /^[东西南北](起|起自|至|到|接|连)$/.test(w.word) || /网[中内里上]?$/.test(w.word)) break;
      // (a province before a line named by its ends' short forms says where it runs: 山东|枣菏高速 is 枣菏高速)
      if (parts > 0 && places === 0 && w.word.length >= 2 && this.placeType(w.word) === "Province") break;
      if (this.isPlace(w.word) || ((words[j - 1]?.word === "至" || words[j + 1]?.word === "至") && this.countyOrCity(w.word))) places++;
      // (a word glued to the verb that gives a former or other name is cut after it: 曾|称济|菏铁路, 又称…)
      else if (!LINE_GEOGRAPHY.test(w.word) && (!this.abbreviation(w) || this.namingVerbGlued(words, j))) {
        // jieba glues a function word to an unknown abbreviation (与商|合杭, 中沈海): the name starts after it
        // (or in its middle: 连|霍与济|广高速, the 与 of two lines sharing the kind)
        const glue = w.word.search(/[与和及]/);
        // (or to a direction and a verb: 东靠|合, 北临|…)
        const side = glue <= 0 && w.word.length >= 3 && /^[东西南北]/.test(w.word) && this.placelessVerb(w.word[1]!);
        const named = this.namingVerbGlued(words, j);
        const cut = glue > 0 ? glue + 1 : side ? 2 : 1;
        const rest = { ...w, word: w.word.slice(cut), start: w.start + cut };
        // (or to a verb that starts no place: 跨|连霍)
        if (w.tag === "x" && (glue > 0 || side || named || LINE_GLUE.test(w.word) || (this.placelessVerb(w.word[0]!) && rest.word.length >= 2)) && rest.word.length >= 1 && this.abbreviation(rest)) {
          start = rest.start;
          parts++;
        }
        break;
      }
      start = w.start;
      parts++;
    }
    if (parts === 0 || (parts === 1 && places === 1)) return at;
    return start;
  }

  /**
   * Where the name of a freight-train service starts: the city that runs it and the route it runs
   * (徐州中欧班列, 中欧班列, “徐州号”中欧班列). Goods, directions and other words before it describe a
   * train, not the service (木材进口班列, 回程班列).
   */
  private trainStart(text: string, words: Word[], wordAt: WordIndex, at: number): number {
    let j = wordAt.get(at)! - 1;
    let start = at;
    if (j >= 0 && TRAIN_ROUTE.test(words[j]!.word)) start = words[j--]!.start;
    if (j >= 0 && (this.isFullPlace(words[j]!.word) || (this.isPlace(words[j]!.word) && words[j]!.word.length >= 2))) start = words[j]!.start;
    else if (j >= 0 && /[”"]/.test(words[j]!.word)) {
      const open = text.lastIndexOf("“", words[j]!.start);
      if (open >= 0 && words[j]!.start - open <= 8) start = open;
    }
    // (a train between two places, 临沂东至|满洲里班列, is named by both: jieba may glue 至 to a direction, 东至)
    if (start < at && text[start - 1] === "至") {
      for (const dir of [0, 1]) {
        if (dir && !/[东西南北]/.test(text[start - 2] ?? "")) continue;
        const n = [4, 3, 2].find((n) => this.isPlace(text.slice(start - 1 - dir - n, start - 1 - dir)));
        if (n) {
          start -= 1 + dir + n;
          break;
        }
      }
    }
    // a route alone is the service in general (中欧班列); nothing at all is no name
    return start;
  }

  /** A short word that can be places' one-character forms: not a common word of the dictionary. */
  private abbreviation(w: Word): boolean {
    // a single character is one of the customary forms (台 in 台睢, 杭 in 商合杭), whatever its tag
    if (w.word.length === 1) return this.lineAbbreviations.has(w.word) && !FUNCTION_CHARS.has(w.word);
    if (w.word.length > 3) return false;
    // a word the dictionary does not know (董梁: 董家口 and 梁山) may hold a port's or a town's form
    // (but not one glued to a function word in front, 中|沈海: lineStart takes the rest)
    // (but not one that holds a verb which starts no place: 顺接, 跨连霍)
    // (a direction and a verb of bordering, 东邻|徐明高速, 西靠: where a place lies, not a line's ends)
    if (/^[东西南北][邻靠临接连至起抵依傍]$/.test(w.word)) return false;
    if (w.tag === "x") return [...w.word].some((c) => this.lineChars.has(c)) && ![...w.word].some((c) => FUNCTION_CHARS.has(c) || this.placelessVerb(c)) && !(LINE_GLUE.test(w.word) && !this.lineAbbreviations.has(w.word[0]!));
    if (![...w.word].every((c) => this.lineChars.has(c))) return false;
    if (w.tag === "ns" || w.tag === "j") return true;
    const e = this.seg.lexicon.get(w.word);
    return !e || (/^(nz|nr|zg|q|a|n)$/.test(w.tag) && e.freq < 500);
  }

  /** Whether word `j` opens with the 称 of 曾称, 又称, 简称…: the verb that gives another name, glued to it. */
  private namingVerbGlued(words: Word[], j: number): boolean {
    return words[j]!.word[0] === "称" && /[曾原又简俗旧统现改亦也或]$/.test(words[j - 1]?.word ?? "");
  }

  /** A character that starts no place's name and is a verb (跨, 接): never part of a line's abbreviation. */
  private placelessVerb(c: string): boolean {
    return !this.lineChars.has(c) && /^v/.test(this.seg.lexicon.get(c)?.tag ?? "");
  }

  /** Whether the 与 at word `k` joins two fields inside a name ending at `at` (深地工程智能建造与健康运维…实验室). */
  private joinsFields(words: Word[], k: number, at: number): boolean {
    const prev = words[k - 1];
    const next = words[k + 1];
    // (a team, a unit or a government before 与 is a party, not a field: 院士团队|与|商丘科学院)
    // (nor does a field open with the level of a government: 杨体忠与|市|高新区 is a person and the city's zone)
    // (nor is a brand right before the kind a field: 中央研究院…与|徐工|研究总院 names a second party)
    if (next && next.tag === "x" && at - next.end <= 4) return false;
    return !!prev && !!next && !/^[省市县区]$/.test(next.word) && NAME_CHARS.test(prev.word) && (NOUNISH.test(prev.tag) || /^(v|vn|nr|a)$/.test(prev.tag)) && !/(团队|单位|政府|部门)$/.test(prev.word) && !SUFFIXES.some(([x]) => prev.word.endsWith(x)) && /^(n|vn|nz|an|b|l|j|x|a|z|eng)$/.test(next.tag) && at - words[k]!.start <= 20;
  }

  /** Where a name ending at `at` starts: back over name-like words, stopping at a verb or connective that introduces it. */
  private leftBoundary(text: string, words: Word[], wordAt: WordIndex, at: number, from: number, type: NodeType, point: boolean): number {
    let k = wordAt.get(at)!;
    let start = words[k]!.start;
    if (start < at && this.leadIn.has(text.slice(start, at))) return at;
    // the ending is inside a name the dictionary knows (徐州经济技术开发区): that name is the zone or line
    if (start < at && (type === "Zone" || type === "Infrastructure") && this.isPlace(words[k]!.word)) return start;
    // an institution's name the dictionary knows whole (河南大学/nt) is the name: what jieba tags before it
    // is the sentence's (王锋|高度肯定|河南大学)
    // (unless a real place stands before it: 淮北|师范大学)
    if (type === "Organization" && start < at && words[k]!.tag === "nt" && words[k]!.word.length >= 4 && this.isPlace(words[k]!.word.slice(0, 2)) && !(k > 0 && this.isPlace(words[k - 1]!.word))) return start;
    // a port or station whose word holds its place already (南京港, 上海港) takes no word before it
    if (point && start < at && this.isPlace(text.slice(start, at))) return start;
    let names = 0;
    for (k = k - 1; k >= 0; k--) {
      const w = words[k]!.word;
      // "A与B" inside a name joins two common nouns (深地工程智能建造与健康运维…实验室)
      // (jieba tags the adjective of a field as a: 健康运维, 高效洁净利用; and a rare field noun as nr: 植保)
      // (a registered company name, …有限公司, does not join fields: "院士团队与中安智慧…有限公司" are two parties)
      if ((w === "与" || (w === "及" && type === "Project") || (w === "和" && (type === "IndustryCluster" || (type === "Organization" && /^(联合会|协会)/.test(text.slice(at, at + 3)))))) && !(type === "Organization" && (/有限(责任)?$/.test(text.slice(Math.max(0, at - 4), at)) || /^(公司|集团|股份|有限)/.test(text.slice(at, at + 2)))) && this.joinsFields(words, k, at)) {
        start = words[k]!.start;
        continue;
      }
      // a range of numbers is one part of a name (48至49号…泊位工程, 4号至6号…)
      if (w === "至" && k > 0 && /^([0-9]+|号)$/.test(words[k - 1]!.word) && /^[0-9]/.test(words[k + 1]?.word ?? "")) {
        start = words[k]!.start;
        continue;
      }
      // a date before a name is not part of it (2020年5月宿迁港…)
      // a rank before a name (全球500|强|恒力集团) is not part of it (a count of things, 10个…工程, makes the
      // phrase a category and is refused with it)
      if (k > 0 && /^[0-9一二三四五六七八九十百千两几]+$/.test(words[k - 1]!.word) && w === "强") break;
      if (/^([年月日]|年度|年底|年初|年末|月初|月底|月末|月中|上旬|中旬|下旬)$/.test(w) && k > 0 && /^[0-9一二三四五六七八九十]+$/.test(words[k - 1]!.word)) break;
      // jieba cuts an unknown name into single characters (中|电|熊猫, 奕|凡辰) and tags them at random;
      // a lone character ends a name only where it is a grammatical one (的, 在, 与, 该 …)
      // a place before a port or station is its name, whatever jieba tags it (开封/v 北站)
      const placeWord = point && this.countyOrCity(w);
      // the second field of "A与B…实验室" may open with a nominal verb (植保与|耕作装备)
      const afterJoin = k >= 2 && words[k - 1]!.word === "与" && this.joinsFields(words, k - 1, at);
      // inside a lab's title a verb between nouns is nominal (国家地方|联合|工程实验室)
      const nominal = type === "Lab" && k > 0 && /^(n|nz|vn)$/.test(words[k - 1]!.tag) && /^(n|nz|vn)$/.test(words[k + 1]?.tag ?? "") && /^(联合|协同|共建)$/.test(w);
      // a brand joined to the name by an interpunct (苏科高新|·|张家港…产业园项目) is part of it, whatever jieba tags it
      const dotted = words[k + 1]?.word === "·" && /^[\u4e00-\u9fa5]+$/.test(w);
      // (and so is the word right after the interpunct, a verb too, where a brand that is no place stands before
      // it: 大运河·|启航|智能制造科创园; 萧县·徐州… joins two places, a campaign's name)
      const afterDot = k >= 2 && words[k - 1]!.word === "·" && /^[\u4e00-\u9fa5]{2,}$/.test(words[k - 2]!.word) && !this.isPlace(words[k - 2]!.word) && !this.isPlace(w);
      // (a grammatical character after a bound morpheme, which stands in no word alone, is that word's other
      // half: 南池|御|都|花园, jieba's 御/zg 都/d)
      const bound = w.length === 1 && k > 0 && words[k - 1]!.word.length === 1 && /^(zg|ng|g|vg|ag|tg|dg)$/.test(words[k - 1]!.tag) && !FUNCTION_CHARS.has(words[k - 1]!.word);
      const lone = placeWord || afterJoin || nominal || dotted || afterDot || bound || (w.length === 1 && /[\u4e00-\u9fa5]/.test(w) && !FUNCTION_CHARS.has(w));
      // an unknown word that starts with a preposition (以|舜邦, 对|汉睿): the name starts after it
      // (and a two-character one with 以 where the clause goes on to 为: 以|益多集团…为龙头, the 以…为 frame)
      // (and 有 after a noun, the subject that has the names: 项目|有融|创滨江… is 项目有|融创滨江…)
      // (and a conjunction or preposition glued to the one character by which a text calls its own city or county:
      // 总经理徐君|及市|人民医院, 三方面|对市|洋河新区)
      if (words[k]!.tag === "x" && !this.isPlace(w) && ((w.length === 2 && w[0] === "了") || (w.length >= 3 && (GLUED_PREPOSITION.test(w) || (RESULTATIVE.test(w) && k > 0 && /^v/.test(words[k - 1]!.tag)))) || (w.length === 2 && w[0] === "以" && /^[^,。;:!?]{0,40}为/.test(text.slice(at))) || (w.length === 2 && w[0] === "有" && k > 0 && /^(n|vn)$/.test(words[k - 1]!.tag)) || /^[及暨以对在与和将把被由从向为][市县区省]$/.test(w))) {
        start = words[k]!.start + 1;
        break;
      }
      // (a modal glued to 由 opens the clause whose agent the name is: 需由/x|中国铁路总公司)
      if (words[k]!.tag === "x" && w.length === 2 && w[1] === "由" && /^[需应将拟均已]$/.test(w[0]!)) break;
      // a country before a foreign firm's name says where it is from (法国|家乐福集团, 日本|小松): the name starts after it
      // (a country's own association, bank or university keeps it: 德国汽车工业协会, 日本国际协力银行)
      if (type === "Organization" && COUNTRY.test(w) && !/^(协会|学会|商会|银行|大学|学院|研究院|研究所)/.test(text.slice(at, at + 3))) break;
      // a person's title (常务副市长, 院士, 记者) ends what stands before a name: people are not part of one
      if (w.length >= 2 && this.titles.test(w)) break;
      // (and the verb a titled person says or does is theirs: 院士|介绍|煤炭加工…重点实验室)
      if (/^v/.test(words[k]!.tag) && k > 0 && words[k - 1]!.word.length >= 2 && this.titles.test(words[k - 1]!.word)) break;
      if (GOING.test(w)) break;
      // (prepositions of distance and route jieba may tag as nouns: 距|观音国际机场, 沿|…)
      if (/^[距沿暨]$/.test(w)) break;
      // (the writer's own place or school before a name is no part of it: 我校|生命科学与生物工程学院)
      if (/^(我|本)(校|院|市|县|区|镇)$/.test(w)) break;
      // (nor two grammatical characters jieba glued into an unknown word: 一如既往|地为|项目)
      if (words[k]!.tag === "x" && w.length === 2 && FUNCTION_CHARS.has(w[0]!) && FUNCTION_CHARS.has(w[1]!)) break;
      // (and 同 opening a clause is "with": ,同|清华大学合作; elsewhere it can begin a name, 同三高速)
      if (w === "同" && (k === 0 || /^[,，;；:：]$/.test(words[k - 1]!.word))) break;
      // (and after a name's own ending it joins two parties: 徐州淮海国际港务区|同|中国(江苏)自由贸易试验区…)
      if (w === "同" && k > 0 && /(区|园|港|公司|集团|大学|学院|研究院)$/.test(words[k - 1]!.word)) break;
      // (as after a verb or an adverb before a place: 期望|同|济南大学开展合作)
      if (w === "同" && words[k]!.tag === "p" && k > 0 && /^(v|d)/.test(words[k - 1]!.tag) && words[k + 1]?.tag === "ns") break;
      // a sum of money before a name says what it costs (63.9亿元|森萍…一体压铸项目, 6.2亿美元|巴德尔…): names hold none
      // (a project's: a cluster or a zone after a sum is a target's description, 3000亿元|规模世界级…产业集群)
      if (type === "Project" && (/^(亿|万)(美元|元)$|^[0-9.]+(亿|万)(美元|元)?$/.test(w) || (/^(美元|元)$/.test(w) && k > 0 && /^[0-9.百千万亿]+$/.test(words[k - 1]!.word)))) break;
      // a region is named by places and geography: a verb or a government body before its place is the
      // sentence's (覆盖|长江经济带, 省委省政府|鲁南经济带)
      if (type === "Region" && /^(ns|nz)$/.test(words[k + 1]?.tag ?? "") && (/^v/.test(words[k]!.tag) || /(政府|省委|市委|党委)$/.test(w))) break;
      // a class by size (百亿|级|金浦产业园) describes the name after it
      if (w === "级" && k > 0 && /^[0-9百千万亿]+$/.test(words[k - 1]!.word)) break;
      // (and a word that introduces a name, cut by jieba into its characters: 藉|助|宿迁学院)
      if (w.length === 1 && k > 0 && words[k - 1]!.word.length === 1 && this.leadIn.has(words[k - 1]!.word + w)) break;
      // a time before a name dates the statement (轮值|期间|鲁南经济圈)
      if (/(期间|时期|之际)$/.test(w)) break;
      // a company before a zone's name is its owner or its neighbour, not part of the name (…发电公司|系临涣工业园)
      if (type === "Zone" && /(公司|集团)$/.test(w) && words[k]!.end < at) break;
      // a phase's works before a project's name is its apposition (一期工程|200Kt混合芳烃加氢项目)
      if (type === "Project" && w === "工程" && k > 0 && /^[一二三四五六七八九十]期$/.test(words[k - 1]!.word)) break;
      // "在P建X": a verb of one character after the place a sentence puts something in is its predicate
      // (在|邹城|建|生物质新材料产业园), however jieba tags the place
      if (w.length === 1 && /^v/.test(words[k]!.tag) && k > 1 && words[k - 2]!.word === "在" && (this.isPlace(words[k - 1]!.word) || this.isFullPlace(words[k - 1]!.word))) break;
      // a verb's resultative complement (推进|好|济临经济协作区, 建|成|…) is the verb's, not the name's
      if (w.length === 1 && RESULTATIVE.test(w) && k > 0 && /^v/.test(words[k - 1]!.tag)) break;
      // a route's direction and end (西起|京杭大运河, 东至|…) is no part of the name after it
      if (/^[东西南北](起|起自|至|到|接|连)$/.test(w)) break;
      // a parent before its unit is a name of its own (恒力集团|旗下|康辉新材料科技有限公司)
      if (/^(旗下|下属|所属|子公司|全资子公司|控股子公司|分公司)$/.test(w)) break;
      // so does a role's generic noun set before a name in apposition (牵头单位|安徽力幕…有限公司)
      if (w === "单位") break;
      // a category with its kind before a project's name restates the kind (重点项目|鲁西南记忆项目, 重点工程|宿连航道…)
      if ((type === "Project" || type === "Infrastructure") && (w === "项目" || w === "工程") && k > 0 && words[k + 1] && words[k + 1]!.start < at && ([...this.projectModifiers].some((x) => words[k - 1]!.word.endsWith(x)) || CONSTRUCTION.test(words[k - 1]!.word))) break;
      // and so does a kind of project before one named by its owner (锂电项目|山东熵路新能源项目): a
      // project's name holds 项目 inside only before its phase (阳光铝材项目二期…项目)
      if (type === "Project" && w === "项目" && k > 0 && words[k + 1] && words[k + 1]!.start < at && !PHASE_ANY.test(words[k + 1]!.word) && this.isPlace(words[k + 1]!.word)) break;
      // a company investing in a project is its owner, not part of its name (思科赛德公司|投资|接线端子项目)
      if (type === "Project" && /^(投资|投建|出资)$/.test(w) && k > 0 && /(公司|集团)$/.test(words[k - 1]!.word)) break;
      // a station or port on a line is named without the line (京沪铁路|符离集车站)
      if (point && /(铁路|高铁|高速|公路|运河|航道)$/.test(w)) break;
      // and a category noun before an organisation's name ("500强企业|星星集团", "211高校|郑州大学"), unless it
      // is part of the legal form that ends the name (…企业集团)
      // (of any kind: 民营企业|淮海控股集团, 国有企业|…)
      if (type === "Organization" && /^([\u4e00-\u9fa5]{0,4}企业|高校|院校|品牌|龙头)$/.test(w) && words[k]!.end < at) break;
      // an area before a park measures it (10|平方公里|盐化工产业园): the name starts after it
      if (type === "Zone" && /^(平方公里|平方千米|平方米|亩|万亩|公顷)$/.test(w)) break;
      // an unknown word glued to a preposition after it (生态环境局|在 → 局在): the name starts after it
      // (为 only after a name of two characters or more: 陈平|为, not the brand 泉为)
      if (w.length >= 2 && (/[在与和及的等将对向从]$/.test(w) || (w.length >= 3 && w.endsWith("为"))) && !this.seg.lexicon.has(w)) break;
      // a registered company's trade is made of such words (济宁能源|发展|集团有限公司, 行远|投资|发展|有限公司):
      // between the brand and the legal form they are part of the name
      // (and so inside a project named by its owner: 山东|高速|集团38.125万千瓦风电项目)
      const trade = (type === "Organization" && TRADE_VERBS.test(text.slice(words[k]!.start, at)) && /^(公司|有限公司|有限责任公司|集团|股份)/.test(text.slice(at, at + 6))) || (type === "Project" && TRADE_VERBS.test(w) && /^(集团|公司|有限公司)$/.test(words[k + 1]?.word ?? "") && (words[k + 1]?.end ?? at) < at);
      // (a decimal is a capacity inside a project's name: 年产1.3万台…)
      const decimal = type === "Project" && (/^[0-9]+\.[0-9]+$/.test(w) || (w === "/" && /^年/.test(words[k + 1]?.word ?? "")));
      // (a magnitude alone, 百亿|循环经济产业园, 千亿, is the name's class, not a count of things)
      // (two verbs of building work in a row name the work, 扩能|改造|工程: the second is no lead-in)
      // (cooperation of a kind names the zone it built, 中欧国际|合作|产业园, …区域|合作|示范区: no lead-in there)
      const cooperation = type === "Zone" && w === "合作" && k > 0 && /^(国际|经济|区域|产业|战略|跨境|省际)$/.test(words[k - 1]!.word);
      // (a field's verb right before the kind names the field, 智能|制造|科创园: jieba's unknown ending is no object of it)
      const field = FIELD_VERB.test(w) && words[k + 1]?.start === at && k > 0 && /^(n|vn|nz|an)$/.test(words[k - 1]!.tag);
      const nominalVerb = cooperation || field || WORKS.test(w) && ((k > 0 && WORKS.test(words[k - 1]!.word)) || (!!words[k + 1] && words[k + 1]!.end <= at && WORKS.test(words[k + 1]!.word)));
      if ((!NAME_CHARS.test(w) && !decimal) || (!lone && !trade && !nominalVerb && (this.leadIn.has(w) || outsideName(words, k, type !== "Lab" && !(type === "Organization" && INSTITUTE_KIND.test(text.slice(at, at + 6)) && (words[k + 1]?.start ?? at) < at)))) || (COUNT.test(w) && !/^[百千万]亿$/.test(w)) || at - words[k]!.start > (type !== "Project" ? 20 : OWNED.test(text.slice(words[k]!.end, at)) ? 60 : 30)) break;
      // a class of projects before a place is the name's apposition, not part of it (首个院士创业项目|江苏先进光源技术研究院)
      if (type !== "Project" && w.length >= 3 && w.endsWith("项目") && !!words[k + 1] && this.isPlace(words[k + 1]!.word)) break;
      const verb = nominalVerb ? undefined : this.leadVerbEndings.endOf(w, true);
      if (verb) {
        start = words[k]!.end;
        break;
      }
      // a lab after its owner's name (淮北师范大学|…重点实验室) is named without it
      if (type === "Lab" && OWNER_ENDING.test(w)) break;
      start = words[k]!.start;
      // a port or station is named by the one place before it (梁山港, 菏泽东站)
      // (or by a name jieba cuts into a character and what stands before it: 峄|州|港, 金墩|顶|火车站)
      // (not a common single character: 无废加|能|站 is no name)
      const common = (x: string) => x.length === 1 && (this.seg.lexicon.get(x)?.freq ?? 0) >= 20000;
      const fragment = names === 0 && k > 0 && !common(w) && !common(words[k - 1]!.word) && this.nameFragments(words[k - 1]!, words[k]!);
      if (point && !/^(东|西|南|北|高铁)$/.test(w) && ++names >= 1 && !fragment) break;
      // a line between two places names both (商丘至菏泽高速)
      if (k > 1 && /^(至|到)$/.test(words[k - 1]!.word) && this.isPlace(words[k - 2]!.word)) {
        start = words[k - 2]!.start;
        break;
      }
      // a zone or a line starts at the place that heads it (徐州高新区…, 宿迁工业园区), unless another
      // place stands before that one (苏州宿迁工业园区), the place is in brackets (中国(江苏)自由贸易…),
      // or the name is a part of a zone that keeps its parent's name (…试验区连云港片区, 宿州高新区埇桥园区)
      const partOfZone = PART_OF_ZONE.test(text.slice(at, at + 2)) && k > 0 && /(区|园)$/.test(words[k - 1]!.word);
      const bracketed = k > 0 && /^[(（]$/.test(words[k - 1]!.word);
      // (a city before its own county only says where the county is: 商丘市|睢县高新技术产业开发区)
      const before = k > 0 ? words[k - 1]!.word : "";
      // (a province's short form before its county is part of a provincial zone's official name:
      // 江苏|泗阳|经济开发区, 安徽|濉溪|经济开发区; with 省 it only says where: 安徽省|濉溪经济开发区)
      if (type === "Zone" && this.isPlace(w) && !this.isFullPlace(before) && this.isFullPlace(before + "省") && this.contains(before + "省", w)) {
        start = words[k - 1]!.start;
        break;
      }
      if ((type === "Zone" || type === "Infrastructure" || type === "Region") && this.isPlace(w) && !partOfZone && !bracketed && !(this.isPlace(before) && !this.contains(before, w))) break;
    }
    // (and so does a registered name whose trade jieba takes for a verb: 中乔|(河南)|体育/vn|有限公司)
    if (type === "Organization" && start <= at) {
      const j = wordAt.get(start);
      const trade = j !== undefined ? words[j - 1] : undefined;
      const open = trade && text[trade.start - 1] === ")" ? text.lastIndexOf("(", trade.start - 1) : -1;
      if (trade && open >= from && open >= trade.start - 7 && /^[\u4e00-\u9fa5]{2,4}$/.test(trade.word)) {
        const brand = this.bracketBrand(text, words, wordAt, open, from);
        if (brand < open) start = brand;
      }
    }
    // a company's name is more than its legal form: a brand jieba takes for a verb (由|传化/vn|集团有限公司,
    // ——|传化|集团…) opens it where a mark or a preposition stands before that brand
    if (type === "Organization" && start < at && LEGAL_FORM_ONLY.test(text.slice(start, at))) {
      const j = wordAt.get(start);
      const brand = j !== undefined ? words[j - 1] : undefined;
      const lead = j !== undefined ? words[j - 2] : undefined;
      if (brand && brand.start >= from && /^[\u4e00-\u9fa5]{2,3}$/.test(brand.word) && /^(v|vn|a|an|ad)$/.test(brand.tag) && !this.leadIn.has(brand.word) && !this.leadVerbEndings.endOf(brand.word, true) && (!lead || lead.start < from || !/[\u4e00-\u9fa5A-Za-z0-9)]/.test(lead.word) || /^(由|与|和|及|暨|同|对|向|被)$/.test(lead.word))) start = brand.start;
    }
    // a registered name puts its place in brackets after the brand (上交|(徐州)新材料研究院): the brand,
    // whatever jieba tags it, opens the name
    if (type === "Organization" || type === "Lab") start = this.bracketBrand(text, words, wordAt, start, from);
    // a registered name that opens with its province or city takes whatever stands between that place and
    // its trade, a verb too (浙江|开拓|工具有限公司), or two (北京|共享|易得|智能技术…), where the place opens a
    // list item or a clause
    if (type === "Organization" && (/^(有限公司|有限责任公司|股份有限公司)/.test(text.slice(at, at + 7)) || /有限(责任)?$/.test(text.slice(Math.max(0, at - 4), at)))) {
      const j = wordAt.get(start);
      for (const gap of [1, 2]) {
        if (j === undefined) break;
        const between = words.slice(j - gap, j);
        const place = words[j - gap - 1];
        const lead = words[j - gap - 2];
        // (a conjunction too, 安徽|和|正农牧…, where the place follows a mark or a conjunction: …暨|安徽和正农牧…)
        // (or one jieba takes for an adverb or an adjective: 湖北|大自然/d|农业实业有限公司)
        const brand = between.length === gap && (gap === 1 ? /^(v|vn|d|a|ad|an)$/.test(between[0]!.tag) && /^[\u4e00-\u9fa5]{2,3}$/.test(between[0]!.word) && !FUNCTION_CHARS.has(between[0]!.word) || between[0]!.word === "和" : between.every((w) => /^v/.test(w.tag) && /^[\u4e00-\u9fa5]{2}$/.test(w.word)));
        if (brand && place && this.isPlace(place.word) && place.start >= from && (!lead || !/[\u4e00-\u9fa5A-Za-z0-9]/.test(lead.word) || /^(暨|及|和|与|、)$/.test(lead.word))) {
          start = place.start;
          break;
        }
      }
    }
    // a name cannot start with an unbalanced closing quote, nor with an opening one it does not close,
    // nor with the end of a reading gloss some pages put after each character (經(jīng)濟 → …n)濟)
    const gloss = /^[a-zA-Z\u00C0-\u024F]{1,6}\)/.exec(text.slice(start, at));
    if (gloss) start += gloss[0].length;
    // (nor with a preposition of one character that jieba cut as its own word: 据|曲阜尼山…有限公司介绍)
    const opening = words[wordAt.get(start) ?? -1];
    if (opening && opening.start === start && opening.end < at && opening.tag === "p" && opening.word.length === 1) start = opening.end;
    while (start < at && /[”)]/.test(text[start]!)) start++;
    if (/[“"]/.test(text[start] ?? "") && !/[”"]/.test(text.slice(start + 1, at))) start++;
    return Math.max(start, from);
  }

  /** A registered name with its place in brackets after the brand (上交|(徐州)新材料研究院) starts at the brand. */
  private bracketBrand(text: string, words: Word[], wordAt: WordIndex, start: number, from: number): number {
    // (the name may already hold the brand's last character: 上交|大(徐州)…)
    const open = text[start] === "(" ? start : text[start + 1] === "(" ? start + 1 : -1;
    if (open < 0 || !/^\([\u4e00-\u9fa5]{2,4}\)/.test(text.slice(open, open + 6))) return start;
    const k = (wordAt.get(open) ?? 0) - 1;
    const b = words[k];
    const ok = (w: Word | undefined, end: number) => !!w && w.end === end && w.start >= from && /^[\u4e00-\u9fa5]+$/.test(w.word) && !this.leadIn.has(w.word) && !this.isPlace(w.word) && !FUNCTION_CHARS.has(w.word);
    if (!ok(b, open)) return start;
    // (a brand cut into two words: 上交|大|(徐州)新材料研究院; or two words of two characters after a preposition
    // or a mark: 由|中铁|高速|(山东)有限公司)
    if (b!.word.length === 1 && ok(words[k - 1], b!.start) && words[k - 1]!.word.length <= 3) return words[k - 1]!.start;
    const lead = words[k - 2];
    if (b!.word.length === 2 && ok(words[k - 1], b!.start) && words[k - 1]!.word.length === 2 && (/^(j|nt)$/.test(words[k - 1]!.tag) || !lead || lead.start < from || lead.tag === "p" || lead.tag === "c" || !/[\u4e00-\u9fa5]/.test(lead.word))) return words[k - 1]!.start;
    return b!.word.length >= 2 && b!.word.length <= 4 ? b!.start : start;
  }

  private acceptable(name: string, stem: string, type: NodeType, suffix: string, owned = false): boolean {
    if (name.length <= suffix.length + 1 && !(type === "Organization" && name.length >= 3 && suffix.length <= 2)) return false;
    if (this.generic.has(name) || COUNTED.test(stem.replace(/^[百千万]亿(?!元)/, "")) || /^[0-9百千万亿]+级?$/.test(stem)) return false;
    // (nor does an aside in brackets open a name: (科创中心)项目 is the tail of a name cut before it)
    if (/^[(（]/.test(name) && type !== "Organization") return false;
    // (an ordinal list marker jieba glued to what follows opens a clause, never a name: 三是育|集群扩规模)
    if (/^其?[一二三四五六七八九十]+是/.test(stem)) return false;
    // a demonstrative makes it an anaphor, not a name (该公司, 由该|公司, 这家企业)
    // a line or a port named only by its kind (港口码头, 普速铁路, 高铁普铁, 散堆装作业区) is none
    if (type === "Infrastructure" && /^(港口|普速|高速|高铁|普铁|城际|货运|客运|散货|散堆装|件杂货|集装箱|通用|专用|多用途|内河)+$/.test(stem)) return false;
    // a road is a line where its name joins two places, by their one-character forms or with 至 (岚济公路,
    // 临沂至滕州公路): 农村公路, 沿海公路, 高等级公路 are kinds of road
    if (type === "Infrastructure" && suffix === "公路" && !/至/.test(stem) && !(stem.length === 2 && [...stem].every((c) => this.lineChars.has(c)) && !this.seg.lexicon.has(stem))) return false;
    // a national logistics hub is named by its city and its class (商丘|商贸服务型国家|物流枢纽); the class alone names none
    if (suffix === "物流枢纽" && !(/型国家$/.test(stem) && [2, 3].some((n) => this.isPlace(stem.slice(0, n))))) return false;
    // (nor does a name open with the postposition of a threshold, 亿元|以上报省项目, or a bound ending, 创新|型产业集群;
    // and a cluster is no clause: 电子信息为主导的)
    if (/^(以上|以下|以内|左右|型|性)/.test(stem) || (type === "IndustryCluster" && /(的|为主导|为主)/.test(name))) return false;
    // (a kind of institution is a class too: 高质量应用型|大学, 研究型|大学)
    if (type === "Organization" && /型$/.test(stem) && /^(大学|学院|高校|医院)$/.test(suffix)) return false;
    // (a company a government owns, described by its owner: 台儿庄区属国有集团公司, 市属国企)
    if (type === "Organization" && /(省|市|区|县)属(国有|国营)?$/.test(stem.replace(/(国有)?(控股)?(集团)?$/, ""))) return false;
    // a first of its kind is a description, not a name (全球首个核能供热发电厂, 首家市级…农商银行)
    if (/^(全球|全国|全省|全市|国内|省内|国内外)?(首个|首家|首批|首座|首条|第一个|第一家)/.test(stem)) return false;
    // (a place may open it: 江苏首家国家级现代农业产业园)
    if (/^[\u4e00-\u9fa5]{2,4}?(首个|首家|首批|首座|首条)/.test(stem) && this.isPlace(stem.replace(/(首个|首家|首批|首座|首条).*$/, ""))) return false;
    // (with a classifier too: 这一|项目, 这批|项目, 各类|项目)
    if (/(该|此|这|那)(一|两|批|些|个|类|座|家|种|项|几)?$/.test(stem) || /^(本|各|每)(一|批|些|个|类|座|家|种|项)?$/.test(stem)) return false;
    // (and a demonstrative opening a series: 这一系列|项目, 这批重点项目)
    if (/^(该|这|那)(一)?(系列|批|些|类|种)/.test(stem)) return false;
    // (nor is a time a project's name: 今年八月份|项目全部竣工)
    if (type === "Project" && /([0-9一二三四五六七八九十]+(月份?|季度)|年度|年底|年初|上半年|下半年)$/.test(stem)) return false;
    // two common characters jieba does not know as a word are a phrase, not a brand (抓大|项目, 发力|项目,
    // 新上|项目): a brand of two characters is a word of its own or uses a rarer character
    if (type === "Project" && /^(项目|工程)$/.test(suffix) && /^[\u4e00-\u9fa5]{2}$/.test(stem) && !this.seg.lexicon.has(stem) && [...stem].every((c) => (this.seg.lexicon.get(c)?.freq ?? 0) >= 2000)) return false;
    // an industrial base is a zone where a county or city names it and a field (濉溪铝基新材料产业基地, 连云港石化
    // 产业基地); without a place it is a designation or a sector (国家级石化产业基地, 新材料产业基地)
    if (suffix === "产业基地") {
      const cut = [3, 2].find((n) => this.isPlace(stem.slice(0, n)) || this.isFullPlace(stem.slice(0, n)));
      if (!cut || stem.length - cut < 2) return false;
    }
    // (nor by a verb or a locative: 越行站 is a kind of station, 门到站 a service, 厂内站 a plant's own)
    if (suffix === "站" && /[到内外行调里]$/.test(stem)) return false;
    // (stations are named by cities, counties and towns, never by a province: 调研行·江苏站 is a leg of a tour)
    if (suffix === "站" && this.placeType(stem) === "Province") return false;
    // (a railway bureau is named by its seat's short form, 上海铁路局; 徐州市铁路局 is a government's office)
    if (suffix === "铁路局" && /[省市县区]$/.test(stem)) return false;
    if (type === "Project" && suffix === "项目" && this.classesProjects(stem)) return false;
    // (the main structure of a building is a stage of its works, not a works: 职工宿舍楼主体工程已封顶)
    if (type === "Project" && suffix === "工程" && /主体$/.test(stem)) return false;
    // and so does a place the writer calls its own (我县产业集聚区, 本市…)
    if (/^(我|本)(县|市|区|镇)/.test(stem)) return false;
    // (a part of the town by its side is no zone: 南部开发区, 东部园区)
    if (type === "Zone" && /^(东|西|南|北|中)(部|侧|边|面)$/.test(stem)) return false;
    // (a rank before a kind of centre is a title a firm's centre holds, not its name: 市级铝基材料工程技术研究中心)
    if (type === "Organization" && /^(省级|市级|县级|国家级)/.test(stem)) return false;
    // (a model of running it is no firm: "管委会+公司")
    if (type === "Organization" && /\+$/.test(stem)) return false;
    // a legal form alone (有限公司, 股份有限公司) names no one, nor a trade before it (发展有限公司)
    if (LEGAL_FORM_ONLY.test(stem) || (type === "Organization" && TRADE_VERBS.test(stem))) return false;
    const quotes = (name.match(/["“”]/g) ?? []).length;
    if (quotes % 2) return false;
    // (nor a bracket it does not close: 工程实验室(研究中心)
    if ((name.match(/[(（]/g) ?? []).length !== (name.match(/[)）]/g) ?? []).length) return false;
    if (/^(省|市|区|县|国家|全国|全市|全省|省级|市级|国家级)?(重点|重大|级)?$/.test(stem)) return false;
    if (/^\(?[一二三四五六七八九十]+\)/.test(name)) return false;
    const bare = stem.replace(/["“][^"“”]*["”]/g, "");
    // a place and a kind (山东省重点实验室, 徐州市项目) name a category, not one thing
    if ((type === "Lab" || type === "Project") && this.isFullPlace(bare.replace(/(省级|市级|国家级|国家|重点|全国|工程|技术|级)+$/, ""))) return false;
    // (and a centre of a place and a rank: 连云港省级|工程中心)
    if (type === "Organization" && /中心$/.test(suffix) && /(省级|市级|国家级|重点)$/.test(bare) && this.isPlace(bare.replace(/(省级|市级|国家级|国家|重点|全国|级)+$/, ""))) return false;
    // a division the register knows is that division, whatever its name ends with (商丘市梁园区, not a 园区)
    if (type === "Zone" && this.isFullPlace(name)) return false;
    // a place and generic words name a category of projects, not one (徐州产业项目, 砀山县工业项目)
    // (and a place and such words a category of clusters: 山东莒南|优势产业集群)
    if (type === "IndustryCluster") {
      let rest = bare;
      for (let moved = true; moved; ) {
        moved = false;
        for (let n = Math.min(6, rest.length - 1); n >= 2; n--) {
          if (this.isPlace(rest.slice(0, n)) || this.isFullPlace(rest.slice(0, n))) {
            rest = rest.slice(n);
            moved = true;
            break;
          }
        }
      }
      if (rest !== bare && this.isGeneric(rest)) return false;
    }
    if (type === "Project" && !owned) {
      let cut = 0;
      for (let n = Math.min(6, bare.length - 1); n >= 2 && !cut; n--) if (this.isPlace(bare.slice(0, n)) || this.isFullPlace(bare.slice(0, n))) cut = n;
      if (cut && this.isGeneric(bare.slice(cut))) return false;
    }
    // nor does a ranking or a designation before it (实力居全国|国家高新技术产业开发区, 国内一流创新型科技园,
    // 山东省科技金融试点|高新技术产业开发区)
    if (type === "Zone" && /(试点|全国|国内|一流|实力|首批|首个|全省|唯一|未来)/.test(stem)) return false;
    // (nor a kind of place or where it lies, 乡镇特色产业园, 区内规划产业园区, nor a plan's layout, 两轴两带六片区)
    if (type === "Zone" && (/^(乡镇|区内|园内|县域|市域|镇域|村级|各类|各地)/.test(stem) || /^([一二两三四五六七八九十]+(轴|带|核|心|区|片|廊|园))+[一二两三四五六七八九十]*$/.test(stem))) return false;
    // a zone's kind alone (经济开发区, 国家级经济技术开发区) names none ("徐州唯一的国家级经济技术开发区")
    if (type === "Zone" && ZONE_KIND_ONLY.test(name)) return false;
    // a province has many zones of a kind: 江苏省开发区 is the category (《江苏省开发区科学发展综合评价办法》)
    if (type === "Zone" && /省$/.test(bare) && this.isFullPlace(bare)) return false;
    // (a coinage in quotes alone names a cluster system, "2+2"产业体系, but only a campaign among projects)
    // (and a coinage before generic words still names one: “312”现代产业集群)
    if (type !== "Organization" && (bare !== "" || type !== "IndustryCluster") && this.isGeneric(bare) && !(type === "IndustryCluster" && /["“]/.test(stem))) return false;
    const stemWords = this.seg.words(bare, 0, bare.length).map((w) => w.word);
    // a phrase that ends on a word of kind or status (…延链优质项目, 新旧动能转换项目, 徐州投资项目) names a
    // category of projects, not one
    if (type === "Project" && stemWords.length && this.projectModifiers.has(stemWords[stemWords.length - 1]!)) return false;
    // a cluster is a field's: not a company's, a fund's or a park's (省级…产业基金集群, 小微企业集群, …现代产业园区产业集群), nor a count (全球首家全产业链)
    if (type === "IndustryCluster" && (/(集团|公司|企业|基金|园区|开发区|高新区)/.test(bare) || (stemWords.length && /^(m|q|mq)$/.test(this.seg.lexicon.get(stemWords[stemWords.length - 1]!)?.tag ?? "")))) return false;
    // an economic belt or corridor is named by geography (鲁南, 淮河, 亚欧大陆桥): not 沿海经济带
    // (and an economic area or metropolitan district is named by places and directions alone, 济枣菏都市区,
    // 环渤海经济区: no word of the sentence before them, 整个|淮海经济区, 首届…)
    if (type === "Region" && /^(经济区|都市区)$/.test(suffix) && !stemWords.every((w) => /^ns/.test(this.seg.lexicon.get(w)?.tag ?? "") || this.isPlace(w) || [...w].every((c) => this.lineChars.has(c) || "东西南北中环沿部".includes(c)))) return false;
    if (type === "Region" && /^(经济圈|经济带|经济走廊|经济区|都市区)$/.test(suffix) && !stemWords.some((w) => this.seg.lexicon.get(w)?.tag === "ns" || this.isPlace(w))) return false;
    // a cluster is named by its field: not by a demonstrative (这一产业集群), a process (龙头产业化集群) or
    // a fragment of a rank (千亿|级产业集群)
    if (type === "IndustryCluster" && (/^(这|该|此|其|各|级)/.test(bare) || /化$/.test(bare))) return false;
    // a policy system is named by its coinage in quotes ("2+2"产业体系), not by a description (现代化产业体系)
    if ((suffix === "产业体系" || suffix === "产业发展体系" || suffix === "产业链") && !/["“]/.test(stem)) return false;
    // a port, dock or airport is named by a place or a proper name, not by its kind (智能集装箱码头, 全国C类机场)
    // (an airport is often named by a village or a hill the dictionary knows as a common word: 观音机场)
    // (an interchange, toll gate or freight yard by a place or a village's name only: 泗洪西枢纽, 孙圩子枢纽, not 国内领先智算枢纽)
    if (type === "Infrastructure" && /^(枢纽|收费站|货场)$/.test(suffix)) {
      const place = bare.replace(/[东西南北]$/, "");
      const ws = this.seg.words(place, 0, place.length);
      if (!this.countyOrCity(place) && !this.isPlace(place) && !(ws.length === 1 && ws[0]!.tag === "x" && place.length <= 3)) return false;
    }
    // (a class and what it serves name a kind of airport or port, not one: 4D级|民用机场)
    // (two characters that make no dictionary word are a proper name, 龙|拱港: pointName saw it listed)
    const coined = bare.length === 2 && /^[\u4e00-\u9fa5]{2}$/.test(bare) && !this.seg.lexicon.has(bare) && ![...bare].some((c) => FUNCTION_CHARS.has(c));
    if (type === "Infrastructure" && POINT_KIND.test(suffix) && (/[A-Za-z0-9]+[类级]$/.test(bare) || /^[A-Za-z0-9]+[类级](民用|军用|通用|支线|干线)?$/.test(bare) || (!/机场$/.test(suffix) && !this.specific(stemWords, bare) && !coined && !this.countyOrCity(bare.replace(/[东西南北]$/, ""))))) return false;
    // (a park named by its field, 机械制造产业园区, is a name where the text speaks of one: see fieldPark)
    // (a project opening with its firm's brand and trade is that firm's, whatever words the brand is made of: 精进药业|原料药…项目)
    const firmFirst = type === "Project" && stemWords.length >= 3 && this.trade.test(stemWords.slice(0, 2).join("")) && !this.tradeWords.has(stemWords[0]!) && (this.seg.lexicon.get(stemWords[0]!)?.freq ?? 0) < 1000;
    if ((type === "Project" || type === "Region" || (type === "Zone" && WEAK_ZONE.test(suffix) && !FIELD_PARK.test(suffix))) && !owned && !firmFirst && !this.specific(stemWords, bare) && !/["“]/.test(stem)) return false;
    if (type === "Zone" && FIELD_PARK.test(suffix) && !this.specific(stemWords, bare) && !/["“]/.test(stem) && ((stemWords.length < 2 && bare.length < 4) || stemWords.some((w) => !/^[\u4e00-\u9fa5]+$/.test(w)))) return false;
    // (the rest of a legal form, 国有全资|有限|公司, says nothing of whose)
    if (type === "Organization" && bare.replace(/(股份)?(有限)?(责任)?$/, "").replace(this.orgGenericRe, "").length === 0) return false;
    // a point is no route (跃进沟至邓楼船闸 is a stretch between two), nor is "this" one a name (这座旧船闸)
    if (type === "Infrastructure" && POINT_KIND.test(suffix) && (/至/.test(bare) || /^(这|该|此|那)/.test(bare))) return false;
    // a verb of one character before 项目 ends no name (千方百计|上|项目, 凝心聚力|建|项目), nor does a
    // conjunction (提供运营与|项目支持) or the 的 of a description (蓄势赋能的|项目)
    if (type === "Project" && suffix === "项目" && this.verbOnProjects(stemWords)) return false;
    if (type === "Project" && /[与和及的]$/.test(bare)) return false;
    // a zone is named by a place, a brand or a field: not by a quality alone (和谐开发区, 高标准高端产业园区), a
    // field cut off at its conjunction (技术转移与|产业园区), a measure cut from its number (1.2|万吨碳纤维产业园)
    // or a formula of several kinds (众创空间+孵化器+…+科技园)
    if (type === "Zone" && (/[+＋]/.test(bare) || /[与和及]$/.test(bare) || /^(万|亿|千)?(吨|平方米|亩)/.test(bare) || (stemWords.length > 0 && stemWords.every((w) => QUALITY.test(w))))) return false;
    // a waterway is named by the places it joins (宿连航道), not by its kind (内河航道)
    // (and so is a canal: 梁济运河, 菏曹运河; not 大运河 or 古运河, which the curated names read where they are one)
    // (or by its river: 新万福河航道, 古泊河航道)
    if (suffix === "航道" && ![...bare].every((c) => this.lineAbbreviations.has(c)) && !this.isPlace(bare) && !/^[\u4e00-\u9fa5]{1,4}[河江]$/.test(bare)) return false;
    if (suffix === "运河" && (bare.length < 2 || bare.length > 3 || (![...bare].every((c) => this.lineChars.has(c)) && !this.isPlace(bare)))) return false;
    // (a grand canal too: 京杭大运河, 隋唐大运河; what a text does with it, 讲好|大运河, 千问千寻|大运河, names none)
    if (suffix === "大运河" && (bare.length < 2 || bare.length > 4 || (![...bare].every((c) => this.lineChars.has(c)) && !this.isPlace(bare) && bare !== "隋唐"))) return false;
    // a lab is named by its field, not by what someone does to it (实地查看|实验室, 充分发挥|实验室) nor by a
    // count (一栋栋|实验室, 部分|实验室)
    if (type === "Lab" && stemWords.length) {
      const last = this.seg.lexicon.get(stemWords[stemWords.length - 1]!);
      const first = this.seg.lexicon.get(stemWords[0]!);
      // (a field named by a noun and what is done to it, 环境|修复, is a name where a place opens it or 与 joins two fields)
      const field = stemWords.length >= 3 && (this.isPlace(stemWords[0]!) || this.isFullPlace(stemWords[0]!)) || /与/.test(bare);
      if ((stemWords.length === 1 && /^(s|f)$/.test(first?.tag ?? "")) || (last?.tag === "v" && !field && !/^(联合|协同|共建|创新|转化|检测|测试|计算|控制)$/.test(stemWords[stemWords.length - 1]!)) || /^(m|q|mq)$/.test(first?.tag ?? "") || /^(一|部分|各)/.test(stemWords[0]!)) return false;
    }
    // a campus is a university's (郑州大学洛阳校区), not a school's new site (学校新校区)
    if (suffix === "校区" && !/(大学|学院)[\u4e00-\u9fa5]{1,6}$/.test(stem)) return false;
    // an institute, college or alliance named by its field alone is a description (产业创新研究院, 管理学院)
    // (市产业技术研究院 in a city's report is the city's own: 市 stands for its name)
    // (a group named by one rare common noun is a brand, 雨润|集团, 天元|集团; a sector's word is no brand, 水务|集团)
    const rareBrand = COMPANY.test(suffix) && stemWords.length === 1 && stemWords[0]!.length === 2 && !this.tradeWords.has(stemWords[0]!) && !this.genericWords.has(stemWords[0]!) && !SECTOR.test(stemWords[0]!) && /^(n|nz|q)$/.test(this.seg.lexicon.get(stemWords[0]!)?.tag ?? "") && (this.seg.lexicon.get(stemWords[0]!)?.freq ?? 0) < 300;
    // (a unit named by its owner is named: 中煤地质总局|检测中心)
    // (and a university's school by the university and its field: 山东大学|材料学院)
    const ownerUnit = /(总局|集团|公司|大学|学院|研究院|医院)$/.test(bare) || (/^(学院|研究院|研究所)$/.test(suffix) && /^[\u4e00-\u9fa5]{2,8}大学[\u4e00-\u9fa5]{2,}$/.test(bare));
    if (type === "Organization" && INSTITUTE.test(suffix) && !rareBrand && !ownerUnit && !this.specific(stemWords, bare) && !/["“]/.test(stem) && !/^[市省]/.test(bare) && (!COMPANY.test(suffix) || stemWords.length === 1)) return false;
    return true;
  }

  /**
   * Whether the name at [start, end) stands in a quotation that a place or a firm is awarded: the quote
   * follows 授予, 评为, 荣获, 入选 … in its sentence, or is called a 称号 or 荣誉 after it. The ontology keeps
   * titles and designations out (国家先进制造业集群 as an honour).
   */
  private designation(text: string, start: number, end: number, from: number): boolean {
    // (the name may end inside the quoted title: 入选“中国县域产业集群|竞争力100强”)
    const close = text.indexOf("”", end);
    if (close < 0 || close - end > 20 || text.slice(end, close).includes("“")) return false;
    const open = text.lastIndexOf("“", start);
    if (open < from || text.lastIndexOf("”", start - 1) > open) return false;
    const before = text.slice(Math.max(from, open - 80), open);
    // (a title is often one of several quoted, closed by what they are: 获得“A”、“B”、“C”等荣誉称号)
    const after = text.slice(close, close + 160).replace(/^”(、“[^“”,。;]{1,40}”)*/, "”");
    return AWARDED.test(before) || /(入选|获得|荣获|跻身)$/.test(before) || /^”(等)?[^,。;]{0,6}(称号|荣誉|牌子)/.test(after);
  }

  /**
   * Whether a stem before 项目 counts, classes or places projects instead of naming one: a place alone
   * says where they are (河南固始县项目基地), a place and a bare number counts them (济宁5项目列入…), an
   * adjective makes a kind (上大项目, 引进好项目), and a government's act or a research programme is none.
   */
  private classesProjects(stem: string): boolean {
    if (/[大好]$/.test(stem)) return true;
    // (a government's act, 市长…代表市委…, 主持召开…, or a research programme, 国家973, …基金, …计划, is no project)
    if (/(市委|县委|区委|省委|党委|主持|召开|基金|计划)/.test(stem) || /(973|863|986)$/.test(stem)) return true;
    for (let i = 2; i <= stem.length; i++) {
      if (!this.isPlace(stem.slice(0, i))) continue;
      // (nor a place and a class of projects: 山东省重大科技攻关项目)
      if (i === stem.length || this.isPlace(stem.slice(i)) || this.isGeneric(stem.slice(i))) return true;
    }
    const count = /^(.+?)[0-9一二三四五六七八九十两]+$/.exec(stem);
    if (count && this.isPlace(count[1]!)) return true;
    return this.rankedClass(stem);
  }

  /**
   * A rank and common words, after nothing but where, when and how many (众多临港|重大|产业项目, 2022年省|重大|产业
   * 项目, 江苏省|重大|科技基础设施预研项目): a class of projects a government lists, not one of them.
   */
  private rankedClass(stem: string): boolean {
    const ws = this.seg.words(stem, 0, stem.length);
    const r = ws.findIndex((w) => /^(重大|重点)$/.test(w.word));
    if (r < 0 || r === ws.length - 1) return false;
    const where = ws.slice(0, r).every((w) => /^(m|t|q|mq|ns)$/.test(w.tag) || this.isPlace(w.word) || /^([0-9]+年?)?[省市县区]?$/.test(w.word) || /^年[省市县区]$/.test(w.word));
    // (common words are the dictionary's nouns, verbs and adjectives: a brand, a place or a coinage jieba does
    // not know keeps it a name)
    const common = ws.slice(r + 1).every((w) => this.seg.lexicon.has(w.word) && /^(n|vn|l|a|an|v)$/.test(w.tag));
    return where && common;
  }

  /**
   * People are no nodes: an organisation's name that runs on into a title and a person (…有限公司总经理许俊杰,
   * 常务副市长周天伟) is cut after the organisation, or dropped where no organisation stands before the title.
   * Nor are a government office's short form (陶铝办), a description ending on 的 or the writer's own school
   * (我校…) organisations; a subsidiary named by its kind is its parent (…集团|全资子公司).
   */
  private withoutPeople(text: string, found: PatternMatch[]): PatternMatch[] {
    const out: PatternMatch[] = [];
    for (const p of found) {
      if (p.type !== "Organization") {
        out.push(p);
        continue;
      }
      const name = text.slice(p.start, p.end);
      // (nor a description that ends on 的: 行业领军企业及创新创业企业在内的; a brand may, 美的)
      if (/[^公]办$/.test(name) || (name.length > 4 && /的$/.test(name)) || /^(我|本)(校|院)/.test(name)) continue;
      // (a parent's subsidiary by its kind is the parent: 淮北矿业集团|全资子公司)
      const parent = /^(.{3,}(?:集团|公司))(?:全资|控股)?子公司$/.exec(name);
      if (parent) {
        out.push({ ...p, end: p.start + parent[1]!.length });
        continue;
      }
      let title = -1;
      // (an academician's workstation is named by the academician: the title is its kind's, 聂祚仁|院士工作站)
      if (!/院士工作站$/.test(name)) for (let k = 2; k <= name.length - 2 && title < 0; k++) if (name.length - k <= 3 && this.titles.test(name.slice(0, k))) title = k;
      if (title < 0) {
        out.push(p);
        continue;
      }
      const org = /^.*(有限公司|有限责任公司|股份公司|集团|公司|大学|学院|研究院|研究所|医院|协会|商会)/.exec(name.slice(0, title));
      if (org && org[0].length >= 4) out.push({ ...p, end: p.start + org[0].length });
    }
    return out;
  }

  /** Whether `name` reads as a name of `type` on its own (after a place in front was split off). */
  accepts(name: string, type: NodeType): boolean {
    let suffix = "";
    for (const [x, t] of SUFFIXES) if (t === type && name.endsWith(x) && x.length > suffix.length) suffix = x;
    if (!suffix) {
      const phase = PHASE_ANY.exec(name);
      if (!phase) return false;
    }
    return this.acceptable(name, name.slice(0, name.length - suffix.length), type, suffix);
  }

  /** Made only of generic vocabulary and lead-in words (重大产业, 以大, 专精特新中小). */
  isGeneric(s: string): boolean {
    return s.replace(this.genericRe, "").length === 0;
  }

  /**
   * Two common characters jieba joins into a word it does not know, closing on a locative or a particle
   * (新|上, 前|的): a phrase of the sentence, not a brand.
   */
  private phraseOfTwo(w: string): boolean {
    if (w.length !== 2) return false;
    const a = this.seg.lexicon.get(w[0]!);
    const b = this.seg.lexicon.get(w[1]!);
    if (!a || !b || a.freq < 2000 || b.freq < 2000) return false;
    return /^(f|u|uj|ul|uz)$/.test(b.tag);
  }

  /** A manner and a verb of one character whose object is 项目: 千方百计|上, 凝心聚力|建 (not a name's stem). */
  private verbOnProjects(stemWords: readonly string[]): boolean {
    return stemWords.length >= 2 && /^(建|上|抓|招|引|干|谋|推|促|保|跑|争|拼)$/.test(stemWords[stemWords.length - 1]!);
  }

  /** Whether `s` is one common noun, verb or adjective of the dictionary (压缩机, 电气, 测试): a product or a process, no name. */
  private commonWords(s: string): boolean {
    const e = this.seg.lexicon.get(s);
    return !!e && /^(n|vn|v|an|a)$/.test(e.tag);
  }

  /** A place the dictionary knows and the register does not (土库曼斯坦, 国外菲律宾): a country or a foreign place. */
  private foreignPlace(s: string): boolean {
    const rest = s.replace(/^(国外|境外|海外)/, "");
    return this.seg.lexicon.get(rest)?.tag === "ns" && !this.isPlace(rest);
  }

  /**
   * Whether `s` reads as a proper name on its own: made of name characters, with something only one
   * bearer has (a word the dictionary does not know, a proper noun), and not a place, a country, a
   * person's title, a count or one common or generic word.
   */
  plainName(s: string): boolean {
    if (!NAME_CHARS.test(s) || COUNT.test(s) || this.isPlace(s) || this.generic.has(s) || this.isGeneric(s)) return false;
    return !this.commonWords(s) && !this.foreignPlace(s) && !this.titles.test(s) && this.specificText(s);
  }

  /** Whether `s` is a company's short name: a brand and its trade (科信|化工, 银旺|碳素). */
  isTradeName(s: string): boolean {
    return this.trade.test(s);
  }

  /** Whether a short text could be a brand: two to four Chinese characters, no place, generic word, lead-in or title. */
  brandLike(s: string): boolean {
    if (!/^[\u4e00-\u9fa5]{2,4}$/.test(s) || this.isPlace(s) || this.isFullPlace(s) || this.generic.has(s) || this.isGeneric(s) || this.leadIn.has(s) || this.titles.test(s) || this.foreignPlace(s)) return false;
    // (not a common word, 市场, 资本, nor two of them run together, 创新|能力: a brand is rare as a word)
    const common = (w: string) => (this.seg.lexicon.get(w)?.freq ?? 0) >= 500;
    if ((this.seg.lexicon.get(s)?.freq ?? 0) >= 2000) return false;
    for (let k = 2; k <= s.length - 2; k++) if (common(s.slice(0, k)) && common(s.slice(k))) return false;
    return true;
  }

  /** The length of the brand and trade a text opens with (富士特铝业|均建立), or 0. */
  tradePrefix(s: string): number {
    const m = this.tradeAhead.exec(s);
    return m && !this.isPlace(m[1]!) && !this.tradeWords.has(m[1]!) ? m[0].length : 0;
  }

  /** `specific` of a text not yet cut into words. */
  private specificText(s: string): boolean {
    return this.specific(this.seg.words(s, 0, s.length).map((w) => w.word), s);
  }

  /** A project name needs something only one project has: a place, a quoted coinage, a word the dictionary does not know, a proper noun. */
  private specific(stemWords: string[], stem: string): boolean {
    if (PHASE_ANY.test(stem) && stem.replace(PHASE_ANY, "").length >= 2) return true;
    // something only one project has: a word the dictionary does not know (a brand: 汉睿, 君乐宝), a real
    // place, a person's or a product's proper name, a number or a Latin name. jieba's nt and j tags also
    // cover common words (深加工, 环保), and single characters are fragments of unknown words (硅, 锆)
    return stemWords.some((w) => {
      if (this.genericWords.has(w)) return false;
      if (/[A-Za-z0-9]/.test(w)) return true;
      const e = this.seg.lexicon.get(w);
      if (!e) return (w.length >= 2 && !this.phraseOfTwo(w)) || !/[\u4e00-\u9fa5]/.test(w);
      // a rare character is a brand's (钰|磁功率电感, 翌光): common words do not use it
      if (w.length === 1 && e.freq < 100) return true;
      if (e.tag === "ns") return true;
      return w.length >= 2 && ["nr", "nz", "eng", "nrt"].includes(e.tag);
    });
  }

  /**
   * Organisations named by the role the sentence gives them, without a name ending: the builder or
   * investor before "筹建的 / 投资的 / 签约的" (罗欣药业筹建的…实验室, 中顺洁柔投资的…项目) and the
   * partner between 与 and a verb of agreement (与华润电力签约). Places and known names among them are
   * read by the dictionary instead.
   */
  private byRole(text: string, from: number, to: number, words: Word[], wordAt: WordIndex): PatternMatch[] {
    const out: PatternMatch[] = [];
    for (const m of text.slice(from, to).matchAll(ROLE_AFTER)) {
      const at = from + m.index!;
      const start = this.leftBoundary(text, words, wordAt, at, from, "Organization", false);
      // (after a person's title or role comes a person: 北京客商|杨晓明投资建设的)
      if (this.titles.test(text.slice(Math.max(from, start - 4), start))) continue;
      if (start < at && wordAt.get(start) !== wordAt.get(at)) this.pushRole(out, text, start, at);
    }
    for (const m of text.slice(from, to).matchAll(ROLE_PARTNER)) {
      const start = from + m.index! + 1;
      this.pushRole(out, text, start, start + m[1]!.length);
    }
    return out;
  }

  private pushRole(out: PatternMatch[], text: string, start: number, end: number): void {
    // (the party, not the document signed with it: 中国恒天集团|战略合作框架协议)
    const doc = /^(.+?(?:集团|公司|大学|学院|研究院))[^集公大学院]*?(?:战略)?(?:合作)?(?:框架)?(?:协议|合同|备忘录)$/.exec(text.slice(start, end));
    // (nor the kind of cooperation signed: 珠海格力电器有限公司|全面战略合作签约)
    const kind = doc ? null : /^(.+?(?:集团|公司|大学|学院|研究院|研究所))(?:全面|深度|全方位|长期)?(?:战略)?合作$/.exec(text.slice(start, end));
    if (doc) end = start + doc[1]!.length;
    else if (kind) end = start + kind[1]!.length;
    else if (/(协议|合同|备忘录)$/.test(text.slice(start, end))) return;
    // (a word after the name's legal form or kind says how it acts: 尚舜化工集团|新|投资的)
    const after = /^(.+(?:集团|公司|大学|学院|研究院))(.)$/.exec(text.slice(start, end));
    if (after && /^(a|ad|d)$/.test(this.seg.lexicon.get(after[2]!)?.tag ?? "")) end -= 1;
    const name = text.slice(start, end);
    if (name.length < 2 || name.length > 16 || !NAME_CHARS.test(name) || this.generic.has(name) || COUNT.test(name) || this.isGeneric(name)) return;
    // (a legal form alone names no one: 北京聚力和|集团股份有限公司, where 和 cut the brand)
    // (nor is a government a node: 淮北市杜集区政府, 县委)
    // (nor a ministry or a government's bureau: 国家粮食局, 省商务厅)
    if (LEGAL_FORM_ONLY.test(name) || /(政府|管委会|党委|党工委|[省市县区]委)$/.test(name) || /^(国家|省|市|县|区)[\u4e00-\u9fa5]{1,8}(局|厅|部|委员会)$/.test(name)) return;
    const ws = this.seg.words(name, 0, name.length);
    // (a single character inside, 华盛|中|天, is a fragment of a name jieba does not know, whatever its tag)
    if (ws.some((w, k) => outsideName(ws, k) || (/^(r|m|t|f)$/.test(w.tag) && !(w.word.length === 1 && k > 0 && k < ws.length - 1)))) return;
    // a name ends on a noun, not on a verb or an adverb (…重点项目集中|签约), and names no project
    if (/^(v|vd|vi|d|ad)$/.test(ws[ws.length - 1]!.tag) || /项目/.test(name)) return;
    // a person named with a title (沂水县副书记|李晓冬) is no organisation
    if (ws.some((w) => this.titles.test(name.slice(0, w.end)))) return;
    out.push({ type: "Organization", start, end, enumeration: start });
  }

  /** The items of "A、B、C项目" before the last one (which holds the ending), each a project of its own. */
  private sharedEnding(text: string, words: Word[], wordAt: WordIndex, start: number, from: number): PatternMatch[] {
    const out: PatternMatch[] = [];
    // (the last item too may open with what it costs: 、6.2亿美元|巴德尔…项目)
    const cost = /[0-9.]+(亿|万)(美元|元)?$/.exec(text.slice(Math.max(from, start - 12), start));
    if (cost) start -= cost[0].length;
    if (text[start - 1] !== "、") return out;
    let cs = start - 1;
    while (cs > from && !/[,。;:!?()“”"]/.test(text[cs - 1]!)) cs--;
    const pieces: [number, number][] = [];
    let a = cs;
    for (let k = cs; k < start; k++) {
      if (text[k] !== "、") continue;
      pieces.push([a, k]);
      a = k + 1;
    }
    // the first item starts after the verb that introduces the list (重点实施…)
    if (pieces.length) pieces[0]![0] = Math.max(pieces[0]![0], this.leftBoundary(text, words, wordAt, pieces[0]![1], from, "Project", false));
    for (let [a, b] of pieces) {
      // (each item may open with what it costs: 63.9亿元|森萍…一体压铸)
      const sum = /^(总投资)?[0-9.]+(亿|万)(美元|元)?/.exec(text.slice(a, b));
      if (sum) a += sum[0].length;
      const item = text.slice(a, b);
      const itemWords = this.seg.words(item, 0, item.length).map((w) => w.word);
      // an item that ends like a name of its own (…站, …产业园) is that name, read by its own ending;
      // one named only by what it makes (生物可降解塑料) is no name
      if (item.length < 3 || item.length > 24 || !NAME_CHARS.test(item) || SUFFIXES.some(([x]) => item.endsWith(x)) || COUNTED.test(item) || this.isGeneric(item) || !this.specific(itemWords, item)) continue;
      out.push({ type: "Project", start: a, end: b, canonical: `${item}项目` });
    }
    return out;
  }

  /**
   * A list the sentence gives a role: "以恒信集团、国宏化工为链主企业", "以山能…产业园、济宁能源…产业园为载体".
   * Each item is a name of the role's kind (a company, or a zone where it ends like one).
   */
  private roleLists(text: string, from: number, to: number): PatternMatch[] {
    const out: PatternMatch[] = [];
    for (const m of text.slice(from, to).matchAll(ROLE_LIST)) {
      const org = !/(载体|园区)$/.test(m[2]!);
      let at = from + m.index! + 1;
      if (!m[1]!.includes("、")) continue;
      // (the last item may carry the list's close, 金胜粮油|等企业)
      const isFirm = (x: string) => (this.trade.test(x) || ORG_NAMED.test(x)) && this.specificText(x);
      const items = m[1]!.replace(/等(?:[0-9一二三四五六七八九十百]+[个家所])?[^、,]{0,8}$/, "").split(/[、,]/);
      if (items.length < 2 || (m[1]!.includes(",") && items.some((x) => x.length > 10))) continue;
      for (const item of items) {
        const end = at + item.length;
        const zone = SUFFIXES.some(([x, t]) => t === "Zone" && item.endsWith(x));
        // (what stands "为代表" may be products or fields: only names of firms, by brand and trade or legal form)
        // (and a name beside one of them that is plainly a name: 嘉士利思朗 beside 金富士饼干… 鲜满多食品)
        // (what stands "为主体" is no team, subject or field: 创新团队, …有关优势专业)
        const firm = m[3] !== "代表" ? !/(团队|专业|学科)$/.test(item) && !/(有关|相关|的)/.test(item) : isFirm(item) || ((this.specificText(item) || this.trade.test(item)) && items.some(isFirm));
        if (item.length >= 2 && item.length <= 20 && NAME_CHARS.test(item) && !this.generic.has(item) && !this.isGeneric(item) && !COUNT.test(item) && (org || zone) && firm) {
          out.push({ type: org ? "Organization" : "Zone", start: at, end, enumeration: at });
        }
        at = end + 1;
      }
    }
    return out;
  }

  /**
   * Sectors listed before the policy word that makes them clusters: "围绕纺织服装、装备制造和电子信息三大主导
   * 产业", "新能源、新材料及锂电、高端装备等先进制造业". Each item is an industry cluster of that name.
   */
  private clusterLists(text: string, from: number, to: number, words: Word[], wordAt: WordIndex): PatternMatch[] {
    const out: PatternMatch[] = [];
    // (every match ends in 产业 or 业: without it, no need to try CLUSTER_LIST at each position)
    if (!hasAny(text, from, to, "业")) return out;
    for (const m of text.slice(from, to).matchAll(CLUSTER_LIST)) {
      const end = from + m.index! + m[1]!.length;
      const after = from + m.index! + m[0].length;
      // (the kind is one item's where the list goes on after it, 、光电特色产业、电子信息等…产业基地; and the list
      // is a subject where a predicate follows the kind, 特色主导产业|明晰: what it says of a place, not its sectors)
      if (text[after] === "、" || /^(明晰|明显|突出|鲜明|清晰|显著|优势明显|特色鲜明)/.test(text.slice(after, after + 4))) continue;
      let s = end;
      for (; s > from; s--) {
        // (a gloss in brackets after an item stays in the list: 食品制造(生物科技)、信息产业)
        if (text[s - 1] === ")" && text[s] === "、") {
          const open = text.lastIndexOf("(", s - 1);
          if (open > from && open > s - 16) {
            s = open + 1;
            continue;
          }
        }
        if (/[,。;:!?()“”"]/.test(text[s - 1]!)) break;
      }
      const pieces: [number, number][] = [];
      let a = s;
      for (let k = s; k <= end; k++) {
        if (k < end && text[k] !== "、") continue;
        const gloss = text[k - 1] === ")" ? text.lastIndexOf("(", k - 1) : -1;
        pieces.push([a, gloss > a ? gloss : k]);
        a = k + 1;
      }
      // the last item may be joined by 和 or 及 (纺织服装、装备制造和电子信息), and two are a list of their own
      // before their count (做强先进工程机械和先进农业装备两个主导产业)
      const last = pieces[pieces.length - 1]!;
      const pair = pieces.length === 1 && /^(两|二|2)/.test(m[2] ?? "");
      const joined = (pair ? /^(.{2,}?)(和|及|以及)(.{2,8})$/ : /^(.{2,8}?)(和|及|以及)(.{2,8})$/).exec(text.slice(last[0], last[1]));
      if (joined) pieces.splice(pieces.length - 1, 1, [last[0], last[0] + joined[1]!.length], [last[1] - joined[3]!.length, last[1]]);
      if (pieces.length < 2) continue;
      // the first item starts after the verb that introduces the list (围绕, 助力)
      const first = pieces[0]!;
      const k0 = wordAt.get(first[0]);
      if (k0 !== undefined) {
        // (a lead-in jieba cuts in two is one, 做|强; a verb that ends the item after a noun is the sector's
        // own, 食品|制造, but one after an industry is what is done to it, 传统产业|升级)
        for (let j = k0; j < words.length && words[j]!.end <= first[1]; j++) {
          const next = words[j + 1];
          if (next && next.end < first[1] && this.leadIn.has(words[j]!.word + next.word)) {
            first[0] = next.end;
            j++;
          } else if (words[j]!.end === first[1] && j > k0 && /^(n|vn|nz)$/.test(words[j - 1]!.tag) && !words[j - 1]!.word.endsWith("业") && words[j - 1]!.start >= first[0]) {
            break;
          } else if (outsideName(words, j) || this.leadIn.has(words[j]!.word) || /^(v|p|d|r|c)$/.test(words[j]!.tag)) {
            first[0] = words[j]!.end;
          }
        }
      }
      // (and a lead-in jieba glues to the first sector or tags as a name: 做大铝, 大力发展|数字经济)
      for (let lead = LEADING_MANNER.exec(text.slice(first[0], first[1])); ; lead = LEADING_MANNER.exec(text.slice(first[0], first[1]))) {
        const rest = text.slice(first[0] + (lead?.[0].length ?? 0), first[1]);
        const verb = [2, 3, 4].map((n) => rest.slice(0, n)).reverse().find((x) => x.length < rest.length && this.leadIn.has(x));
        if (!lead && !verb) break;
        first[0] += (lead?.[0].length ?? 0) + (verb?.length ?? 0);
      }
      for (let [a, b] of pieces) {
        // (a modifier after 等 is no part of the last item: 现代农业等本土特色产业)
        const etc = text.slice(a, b).indexOf("等");
        if (etc > 0) b = a + etc;
        const item = text.slice(a, b);
        if (item.length < 2 || item.length > 10 || !NAME_CHARS.test(item) || COUNT.test(item) || this.isPlace(item) || this.generic.has(item) || this.leadIn.has(item)) continue;
        // a sector is a noun phrase: not a clause that opens with a verb and says where (带动|沿线)
        const ws = this.seg.words(item, 0, item.length);
        if (ws.some((w) => w.tag === "f") || (ws.length > 1 && ws[0]!.tag === "v" && this.leadIn.has(ws[0]!.word))) continue;
        // (nor a phrase of a verb, 大抓, or one of 产业 itself, 产业|集聚)
        if (item.startsWith("产业") || (ws.length <= 2 && ws.some((w) => /^(v|vd|d|ad)$/.test(w.tag)) && ws.every((w) => /^(a|v|vd|d|ad)$/.test(w.tag)))) continue;
        // (nor one that opens with a verb, 做大|铝, nor a government body, 省委, 市政府)
        if ((ws.length > 1 && /^(v|vd)$/.test(ws[0]!.tag)) || /(委|政府|局|厅)$/.test(item)) continue;
        out.push({ type: "IndustryCluster", start: a, end: b });
      }
    }
    return out;
  }

  /**
   * Lines listed by their abbreviations and closed by 等 or a count and their kind ("徐明(S07)、京台(G3)、济祁(S97)等多条
   * 南北向高速公路", "郑徐、徐连、徐宿淮、阜淮徐等高铁", "日菏、坪岚、胶新3条铁路"): each item is a line of that kind,
   * named by the places it joins.
   */
  private lineLists(text: string, from: number, to: number): PatternMatch[] {
    const out: PatternMatch[] = [];
    if (!hasAny(text, from, to, "等", "条")) return out;
    for (const m of text.slice(from, to).matchAll(LINE_LIST)) {
      const kind = m[2] === "高速公路" ? "高速" : m[2]!;
      const pieces = m[1]!.split("、");
      const items: [number, number][] = [];
      let at = from + m.index!;
      for (const piece of pieces) {
        const bare = piece.replace(/\([A-Z]?[0-9]{1,4}\)$/, "");
        items.push([at, at + bare.length]);
        at += piece.length + 1;
      }
      // (the first item may carry the word that introduces the list, 与|徐明: the line is the longest run of
      // line characters it ends with)
      // (and one named with its kind already, 京沪高铁、郑徐…, is read as it is)
      if (/(高铁|高速|铁路|公路)$/.test(text.slice(items[0]![0], items[0]![1]))) items.shift();
      if (items.length === 0) continue;
      const [fa, fb] = items[0]!;
      let s = fb;
      while (s > fa && fb - s < 3 && this.lineChars.has(text[s - 1]!)) s--;
      // (a conjunction that is also a place's first character stays outside: 路网和|京沪, not 和京沪)
      if (fb - s === 3 && /[和与及]/.test(text[s]!)) s++;
      items[0] = [s, fb];
      const line = ([a, b]: [number, number]) => {
        const x = text.slice(a, b);
        return x.length >= 2 && x.length <= 3 && [...x].every((c) => this.lineChars.has(c)) && !this.isPlace(x) && !/^(n|v|vn|a|d)$/.test(this.seg.lexicon.get(x)?.tag ?? "");
      };
      // (every item is one: a list of places or things before a line is something else)
      if (!items.every(line)) continue;
      for (const [a, b] of items) out.push({ type: "Infrastructure", start: a, end: b, canonical: `${text.slice(a, b)}${kind}` });
    }
    return out;
  }

  /**
   * Railway lines named by the places they join and 线 (徐沛线, 青阜线, 淮萧联络线): two or three line
   * characters that make no word of the dictionary (生产线, 生命线 are words), then 线, 联络线 or 客车联络线,
   * and no word that goes on with 线 (线路, 线上).
   */
  private railLines(text: string, from: number, to: number): PatternMatch[] {
    const out: PatternMatch[] = [];
    if (!hasAny(text, from, to, "线")) return out;
    for (let i = from + 2; i < to; i++) {
      if (text[i] !== "线" || /[路上下索条型性形]/.test(text[i + 1] ?? "")) continue;
      const kind = /(客车联络|联络)$/.exec(text.slice(Math.max(from, i - 4), i))?.[0] ?? "";
      const end = i - kind.length;
      for (const n of [3, 2]) {
        const a = end - n;
        if (a < from) continue;
        const stem = text.slice(a, end);
        // (three characters only where they open the name: not the tail of a longer run)
        if (![...stem].every((c) => this.lineChars.has(c)) || (n === 3 && this.lineChars.has(text[a - 1] ?? ""))) continue;
        const e = this.seg.lexicon.get(stem);
        // (nor a character that makes a word with 线: 全线, 新线, 复线, 干线 say which part of a line)
        if ((e && !/^(ns|j)$/.test(e.tag)) || this.isPlace(stem) || [...stem].some((c) => FUNCTION_CHARS.has(c)) || (!kind && this.seg.lexicon.has(text[end - 1] + "线"))) continue;
        // (each character a place's one-character form: 徐|沛, not 专|用 or 连点成; and no word of two: 建成|集)
        if (![...stem].every((c) => this.lineAbbreviations.has(c) || this.isPlace(c)) || (n === 3 && [stem.slice(0, 2), stem.slice(1)].some((w) => this.seg.lexicon.has(w)))) continue;
        out.push({ type: "Infrastructure", start: a, end: i + 1 });
        break;
      }
    }
    return out;
  }

  /**
   * The items of a list closed by their count and the kind they share ("设蕲县、蕲东、…13个作业区",
   * "机床及矿山装备智能制造、精密部件、器械装备3个产业集群"): where the count is the number of items, each
   * item is one of that kind, named with the kind (蕲县作业区). The first item may carry the verb that
   * introduces the list (设|蕲县, 下辖的|吴庄): the item starts after it.
   */
  private countedKinds(text: string, from: number, to: number): PatternMatch[] {
    const out: PatternMatch[] = [];
    if (!hasAny(text, from, to, "港区", "作业区", "产业集群")) return out;
    for (const m of text.slice(from, to).matchAll(COUNTED_KIND)) {
      const kind = m[3]!;
      countedSpans(m[1]!, m[2]!, from + m.index!)?.forEach(([a, b], n) => {
        // (the first item's lead-in: 设|蕲县, 原规划有|蕲县, 包括|…)
        if (n === 0) {
          const lead = /^(?:[\u4e00-\u9fa5]*?(?:设有|设|有|包括|含|辖|分为|形成|打造|培育|建设|发展|围绕)(?:了|的)?)(?=[\u4e00-\u9fa5]{2})/.exec(text.slice(a, b));
          if (lead) a += lead[0].length;
          // (下辖的|吴庄: what stands before a relative clause's 的 is no part of the item)
          const de = text.lastIndexOf("的", b - 1);
          if (de >= a) a = de + 1;
        }
        const name = text.slice(a, b);
        if (name.length < 2 || name.endsWith(kind) || COUNT.test(name) || this.isGeneric(name) || this.leadIn.has(name)) return;
        out.push({ type: KIND_TYPE[kind]!, start: a, end: b, canonical: `${name}${kind}` });
      });
    }
    return out;
  }

  /**
   * The sectors of a list closed by their count of big industries (硅工业、食品工业、新型建材、机械汽配四大产业板块):
   * where the count is the number of items, each is an industry cluster, named as the text names it.
   */
  private countedSectors(text: string, from: number, to: number): PatternMatch[] {
    const out: PatternMatch[] = [];
    if (!hasAny(text, from, to, "大")) return out;
    for (const m of text.slice(from, to).matchAll(COUNTED_SECTORS)) {
      const spans = countedSpans(m[1]!, m[2]!, from + m.index!);
      if (!spans || spans.length < 3) continue;
      spans.forEach(([a, b], n) => {
        // (the first item's lead-in: 培育了|白色家电, 围绕|绿色板材)
        if (n === 0) {
          const ws = this.seg.words(text.slice(a, b), 0, b - a);
          let k = ws.length - 1;
          while (k > 0 && !OUTSIDE_LEAD.test(ws[k - 1]!.tag) && !this.leadIn.has(ws[k - 1]!.word)) k--;
          if (k > 0) a += ws[k]!.start;
        }
        const name = text.slice(a, b).replace(/等$/, "");
        if (name.length < 2 || COUNT.test(name) || this.isPlace(name) || this.isFullPlace(name) || this.leadIn.has(name) || !NAME_CHARS.test(name)) return;
        out.push({ type: "IndustryCluster", start: a, end: a + name.length, enumeration: a });
      });
    }
    return out;
  }

  /**
   * Ports listed each with its 港 ("润丰港、福兴港", "跃进港、龙拱港、太平港"): every item whose name reads as a
   * name is a port, whatever jieba made of the brand (跃进/v, 润/v|丰港/x).
   */
  private portLists(text: string, from: number, to: number): PatternMatch[] {
    const out: PatternMatch[] = [];
    if (!hasAny(text, from, to, "港")) return out;
    for (const m of text.slice(from, to).matchAll(PORT_LIST)) {
      let at = from + m.index!;
      for (const piece of m[0].split("、")) {
        let stem = piece.slice(0, -1);
        // (the first item may carry the verb and particle before it: 建设了|润丰港)
        let lead = /^.*[了的在将和与及距至到]/.exec(stem)?.[0].length ?? 0;
        // (or a verb that introduces names: 打造|陆港)
        const verb = this.leadVerbs.find((v) => stem.slice(lead).startsWith(v));
        if (verb) lead += verb.length;
        stem = stem.slice(lead);
        // (a kind of port is none: 公路港, 内陆港, 内河港 name what a port serves, not one port)
        const kind = /^(n|s|f)$/.test(this.seg.lexicon.get(stem)?.tag ?? "") || /^(内河|内陆|沿海|沿江|公路|铁路|航空|无水|国际|综合|货运|客运|集装箱|枢纽)$/.test(stem);
        if (stem.length >= 2 && stem.length <= 3 && !kind && !this.isPlace(stem) && !this.generic.has(stem) && !this.leadIn.has(stem)) out.push({ type: "Infrastructure", start: at + lead, end: at + piece.length });
        at += piece.length + 1;
      }
    }
    return out;
  }

  /**
   * Stations listed by their places before a count of stations ("共设菏泽东、巨野北、济宁北6个车站"): each
   * item that is a place, with or without a direction, is a station of that name.
   */
  private stationLists(text: string, from: number, to: number): PatternMatch[] {
    const out: PatternMatch[] = [];
    for (const m of text.slice(from, to).matchAll(STATION_LIST)) {
      let at = from + m.index!;
      m[1]!.split("、").forEach((piece, n) => {
        // a remark in brackets after a station (大许南(暂不办理客运业务)) is not its name
        const item = piece.replace(/\([^()]*\)$/, "");
        const end = at + item.length;
        // the first item may carry the verb that introduces the list (共设菏泽东): the station is its last place
        let found = false;
        for (let s = at; s <= end - 2 && !found; s++) {
          if (this.stationPlace(text.slice(s, end), false)) {
            out.push({ type: "Infrastructure", start: s, end, canonical: `${text.slice(s, end)}站` });
            found = true;
          }
        }
        // (an item after the first, between two 、, is a station whatever place it is named for, if it reads
        // as a name: a village or a town the register does not list, 厉家寨)
        const bare = item.replace(/[东西南北]$/, "");
        if (!found && n > 0 && !/[站等]/.test(item) && bare.length >= 2 && bare.length <= 4 && this.plainName(bare)) out.push({ type: "Infrastructure", start: at, end, canonical: `${item}站` });
        at += piece.length + 1;
      });
    }
    // or sharing the last one's 站: "沂南、兰陵和郯城站站位选址基本完成" (each item a place, maybe with a direction)
    for (const m of text.slice(from, to).matchAll(STATIONS_SHARING)) {
      let at = from + m.index!;
      for (const piece of m[1]!.split(/[、和及]/).slice(0, -1)) {
        const end = at + piece.length;
        for (let s = at; s <= end - 2; s++) {
          if (this.stationPlace(text.slice(s, end), true) && !out.some((x) => x.start === s)) {
            out.push({ type: "Infrastructure", start: s, end, canonical: `${text.slice(s, end)}站` });
            break;
          }
        }
        at += piece.length + 1;
      }
    }
    // or after it: "共设10个车站,包括徐州东、观音机场、睢宁、…、建湖和盐城站" (each item a place and maybe a
    // direction, or a place the dictionary does not know, 观音机场; the last carries 站 and is read by it)
    for (const m of text.slice(from, to).matchAll(STATIONS_AFTER_COUNT)) {
      let at = from + m.index! + m[0].indexOf(m[1]!);
      for (const piece of m[1]!.split(/、|和|及/)) {
        const item = piece.replace(/\([^()]*\)$/, "");
        if (item.length >= 2 && item.length <= 6 && (this.stationPlace(item, true) || /机场$/.test(item)) && !out.some((x) => x.start === at)) {
          out.push({ type: "Infrastructure", start: at, end: at + item.length, canonical: `${item}站` });
        }
        at += piece.length + 1;
      }
    }
    // national and provincial roads by number: 105国道, 国道G220, 省道320线 (with the 线 the text gives), "105与310国道" (each a road of its own)
    for (const m of text.slice(from, to).matchAll(NUMBERED_ROAD)) {
      const at = from + m.index!;
      if (m[1]) out.push({ type: "Infrastructure", start: at, end: at + m[0].length });
      else {
        const kind = m[3]!;
        let p = at;
        for (const n of m[2]!.split(/[与和、]/)) {
          out.push({ type: "Infrastructure", start: p, end: p + n.length, canonical: `${n}${kind}` });
          p += n.length + 1;
        }
      }
    }
    // a train's run between two stations named by place and direction: "加开郑州东至杭州东", "温州南"
    if (/(高铁|列车|车次|动车|班次|G[0-9])/.test(text.slice(from, to))) {
      for (let p = text.indexOf("至", from); p >= 0 && p < to; p = text.indexOf("至", p + 1)) {
        for (const [a, b] of [this.stationBefore(text, from, p), this.stationAfter(text, p + 1, to)]) {
          if (a >= 0 && !out.some((x) => x.start === a)) out.push({ type: "Infrastructure", start: a, end: b, canonical: `${text.slice(a, b)}站` });
        }
      }
    }
    return out;
  }

  /**
   * A list of long names parted by semicolons, which ingest reads as sentences of their own: "分别为A;B(、…);
   * C等项目". From the part that holds `at`, back to the part with the lead-in (分别为, 分别是, 包括, 如下) and on
   * to the part that closes with 等 and the head noun. Each part is one name, 、 and all. Undefined where
   * `at` is in no such list.
   */
  private semicolonRun(text: string, at: number, end?: number): { items: [number, number][]; noun: string } | undefined {
    // (not ?: in a list it is most often a character the page lost, 环??科技)
    const BREAK = /[;；。!！\n]/;
    let a = at;
    while (a > 0 && !BREAK.test(text[a - 1]!)) a--;
    const items: [number, number][] = [];
    // back to the lead-in
    let lead: [number, number] | undefined;
    for (let n = 0, s = a; n < 30; n++) {
      let e = s;
      while (e < text.length && !BREAK.test(text[e]!)) e++;
      const part = text.slice(s, e);
      if (part.length > 60) return undefined;
      const m = n === 0 || /[;；]/.test(text[e] ?? "") ? /(分别为|分别是|包括|如下[:：]?|[:：])/.exec(part) : null;
      if (m) {
        lead = [s + m.index + m[0].length, e];
        break;
      }
      if (s === 0 || !/[;；]/.test(text[s - 1]!)) return undefined;
      let p = s - 1;
      while (p > 0 && !BREAK.test(text[p - 1]!)) p--;
      s = p;
    }
    if (!lead) return undefined;
    // on to the closing part
    let s = lead[0];
    for (let n = 0; n < 30; n++) {
      let e = s;
      while (e < text.length && !BREAK.test(text[e]!)) e++;
      const part = text.slice(s, e);
      if (part.length > 60) return undefined;
      const etc = part.lastIndexOf("等");
      const head = etc > 0 ? LIST_HEAD.exec(part.slice(etc)) : null;
      if (head) {
        items.push([s, s + etc]);
        return items.length >= 3 && (end === undefined || (at >= items[0]![0] && at <= s + etc)) ? { items, noun: head[1]! } : undefined;
      }
      if (!/[;；]/.test(text[e] ?? "")) return undefined;
      items.push([s, e]);
      s = e + 1;
    }
    return undefined;
  }

  /**
   * Companies by their short names, brand and trade (天合光能, 蒙牛乳业), listed beside names that say what
   * they are ("参观了天合光能、蒙牛乳业、中科君达、南工大宿迁研究院"): a list in which some item ends like an
   * organisation's name makes each item that is a brand (a word the dictionary does not know) and a
   * trade a company.
   */
  private shortNamesBeside(text: string, from: number, to: number, words: Word[], wordAt: WordIndex): PatternMatch[] {
    const out: PatternMatch[] = [];
    for (const clause of text.slice(from, to).matchAll(/[^,。;:!?，；：！？]+/g)) {
      const cs = from + clause.index!;
      const parts = clause[0].split("、");
      if (parts.length < 3) continue;
      const items: [number, number][] = [];
      let a = cs;
      for (const p of parts) {
        items.push([a, a + p.length]);
        a += p.length + 1;
      }
      // the last item ends at 等 or at the list's end (…研究院。)
      const [la, lb] = items[items.length - 1]!;
      const etc = text.slice(la, lb).search(/等|和|及/);
      if (etc > 0) items[items.length - 1] = [la, la + etc];
      // the first starts after the verb that introduces the list (参观了), or after a pronoun (该镇|华能线缆)
      const [fa, fb] = items[0]!;
      // (a short name is four characters at least, whatever jieba makes of them: 天合光|能)
      for (let j = wordAt.get(fa) ?? words.length; j < words.length && words[j]!.end <= fb - 4; j++) {
        if (/^(v|vn|p|ul|uz|d|c|r)$/.test(words[j]!.tag) || this.leadIn.has(words[j]!.word)) items[0] = [words[j]!.end, fb];
        else if (words[j]!.tag === "x" && GLUED_PREPOSITION.test(words[j]!.word) && words[j]!.word.length >= 3) items[0] = [words[j]!.start + 1, fb];
      }
      // (what 依托 or 由 takes is an organisation: "分别依托卡松科技、霞光科技、永华机械")
      const hosts = /(依托|由)$/.test(text.slice(Math.max(from, items[0]![0] - 2), items[0]![0]));
      if (!items.some(([x, y]) => ORG_NAMED.test(text.slice(x, y))) && !hosts) continue;
      // (the last item may run on into the verb the list is the object of: …、永华机械|建设)
      const [ya, yb] = items[items.length - 1]!;
      const tail = words.find((w) => w.start > ya && w.end === yb);
      if (tail && /^(v|vn)$/.test(tail.tag) && this.trade.test(text.slice(ya, tail.start))) items[items.length - 1] = [ya, tail.start];
      for (const [x, y] of items) {
        const item = text.slice(x, y);
        const t = this.trade.exec(item);
        if (!t || ORG_NAMED.test(item) || this.isPlace(t[1]!)) continue;
        // (the brand is no common word: not 新型|材料, 现代|物流; after 依托 only a very common one is
        // refused, as what 依托 takes is a host: 霞光|科技)
        const e = this.seg.lexicon.get(t[1]!);
        if (e && !/^(nz|nr|nrt|ns|j)$/.test(e.tag) && e.freq >= (hosts && /^n/.test(e.tag) ? 1000 : 100)) continue;
        out.push({ type: "Organization", start: x, end: y, enumeration: x });
      }
    }
    return out;
  }

  /**
   * A company by brand and trade that opens a clause (建友机械产能位居华东第二, ——嘉鸿鞋业落户): a word the
   * dictionary does not know, then a trade (机械, 鞋业, 药业), with nothing before it in its clause. What
   * opens a clause is what the clause is about; an unknown word there with a trade after it is a firm.
   */
  private brandsOpeningClauses(text: string, words: Word[]): PatternMatch[] {
    const out: PatternMatch[] = [];
    for (let j = 0; j + 1 < words.length; j++) {
      let b = words[j]!;
      // (an unknown word, or a rare proper noun: 巴特/nrt, 阪神/ns)
      const rare = /^(nr|nrt|nz|ns)$/.test(b.tag) && (this.seg.lexicon.get(b.word)?.freq ?? 0) < 100;
      if ((b.tag !== "x" && !rare) || !/^[\u4e00-\u9fa5]{2,3}$/.test(b.word) || this.isPlace(b.word)) continue;
      // (a preposition jieba glues to the brand, 以|冠华铸造为龙头, is outside the name)
      if (b.word.length === 3 && GLUED_PREPOSITION.test(b.word)) b = { ...b, word: b.word.slice(1), start: b.start + 1 };
      let before = words[j - 1];
      // (a province or city before the brand is part of the short name: ——浙江|康盛|管业落户…)
      // (a county there is the firm's place, not its name: 阳谷|波米科技, the place-in-front rule's)
      const seatUnit = before ? this.placeType(before.word) : undefined;
      const seat = seatUnit === "Province" || seatUnit === "City" ? before : undefined;
      if (seatUnit) before = words[j - 2];
      if (before && !/^[,。;:!?、—\s]+$/.test(before.word)) continue;
      // (an item of "集A、B、C于一体" is what one firm does: 集…、冷链物流、餐饮服务于一体)
      if (before?.word === "、" && /集[^,。;:!?]*$/.test(text.slice(Math.max(0, b.start - 40), b.start)) && /^[^,。;:!?]*于一体/.test(text.slice(b.start, b.start + 40))) continue;
      let k = j + 1;
      // (a trade that names a business, not a quality of a product: not 智能, 新能源, 材料)
      while (k < words.length && k - j <= 2 && this.tradeWords.has(words[k]!.word) && !(k === j + 1 && DESCRIPTOR_TRADE.test(words[k]!.word))) k++;
      if (k === j + 1) continue;
      // (not the head of a longer name: 恩华药业有限公司, 建友机械项目, read by their endings)
      const next = words[k];
      // (what follows is looked at as text: jieba may cut the ending, 有限|公司, or glue a word to it; a
      // character that merely opens some ending, 新|产品, is no ending)
      if (next && SUFFIXES.some(([x]) => text.startsWith(x, next.start))) continue;
      out.push({ type: "Organization", start: seat?.start ?? b.start, end: words[k - 1]!.end, enumeration: seat?.start ?? b.start });
    }
    return out;
  }

  /**
   * The numbered bureaus of the state construction groups and their companies (中铁十四局, 中铁十局四公司,
   * 中交广航局): named by the group's short form, a number or a trade and 局, which no other pattern reads.
   */
  private bureaus(text: string, from: number, to: number): PatternMatch[] {
    const out: PatternMatch[] = [];
    if (!hasAny(text, from, to, "局")) return out;
    for (const m of text.slice(from, to).matchAll(BUREAU)) out.push({ type: "Organization", start: from + m.index!, end: from + m.index! + m[0].length });
    return out;
  }

  /**
   * A part of a zone named by the zone and the place the part is in (宿州高新区埇桥园区, 自贸试验区连云区块):
   * one zone from the parent's name to the part's kind.
   */
  private zoneParts(text: string, from: number, to: number, words: Word[], wordAt: WordIndex): PatternMatch[] {
    const out: PatternMatch[] = [];
    if (!hasAny(text, from, to, "区")) return out;
    for (const m of text.slice(from, to).matchAll(/(高新区|经开区|开发区|试验区|新区|保税区)([\u4e00-\u9fa5]{2,4}?)(园区|片区|区块)/g)) {
      const kindAt = from + m.index!;
      if (!this.isPlace(m[2]!) && !this.isPlace(`${m[2]}区`) && !this.isPlace(`${m[2]}县`)) continue;
      if (wordAt.get(kindAt) === undefined) continue;
      const start = this.leftBoundary(text, words, wordAt, kindAt, from, "Zone", false);
      if (start >= kindAt) continue;
      out.push({ type: "Zone", start, end: kindAt + m[0].length });
    }
    return out;
  }

  /**
   * A firm named in apposition after the kind of firm it is: "军工靶机龙头企业金朋达", "高端电机领军企业马威电驱动",
   * "链主企业山东熵路": the name runs from the kind to the list mark or clause end, and must read as a name
   * (an unknown word or a proper noun, or a brand and trade), not as a predicate (龙头企业发展壮大).
   */
  private appositions(text: string, from: number, to: number, words: Word[], wordAt: WordIndex): PatternMatch[] {
    const out: PatternMatch[] = [];
    if (!hasAny(text, from, to, "企")) return out;
    for (const m of text.slice(from, to).matchAll(APPOSED_FIRM)) {
      const start = from + m.index! + m[0].length - m[2]!.length;
      let name = m[2]!;
      // (a verb after the name is the clause's predicate: 山东熵路新能源|落户)
      let ws = this.seg.words(name, 0, name.length);
      while (ws.length > 1 && (/^(v|vn|vd)$/.test(ws[ws.length - 1]!.tag) || /^(落户|落地|投产|开工|签约|入驻|建成|扩产|达产|入园)$/.test(ws[ws.length - 1]!.word))) ws = ws.slice(0, -1);
      name = name.slice(0, ws[ws.length - 1]!.end);
      const end = start + name.length;
      if (name.length < 2 || wordAt.get(start) === undefined || words[wordAt.get(start)!]!.start !== start) continue;
      if (!NAME_CHARS.test(name) || this.generic.has(name) || this.isGeneric(name) || COUNT.test(name) || this.isPlace(name)) continue;
      if (/^(v|vn|vd|p|d|c|r|u|uj|m|f|t)$/.test(ws[0]!.tag) || ws.some((w) => /^(p|c|uj|ul|d|r)$/.test(w.tag))) continue;
      // (a predicate inside is a clause, 代表|汇聚|金龙湖畔; a plan is no firm, 扩规倍增计划)
      if (ws.some((w, k) => k < ws.length - 1 && w.tag === "v" && w.word.length >= 2) || /(计划|方案|行动|工程|项目|目标)$/.test(name)) continue;
      if (!this.specific(ws.map((w) => w.word), name) && !this.trade.test(name)) continue;
      out.push({ type: "Organization", start, end, enumeration: start });
    }
    return out;
  }

  /**
   * An institute a university and a partner set up, named by both and joined by a dash
   * (曲阜师范大学—济宁发展研究院, 山东大学—济宁能源高端装备制造研究中心): one organisation from the
   * university's name to the institute's kind.
   */
  private dashInstitutes(text: string, from: number, to: number, words: Word[], wordAt: WordIndex): PatternMatch[] {
    const out: PatternMatch[] = [];
    // (or two firms' joint lab: 徐工机械—宝山钢铁股份有限公司联合实验室)
    for (const m of text.slice(from, to).matchAll(/(大学|学院|公司|集团|[\u4e00-\u9fa5]{2}(?=[—-][\u4e00-\u9fa5]{2,20}?(?:公司|集团|大学|学院)联合))[—-][\u4e00-\u9fa5]{2,20}?(联合实验室|联合研究中心|联合创新中心|研究院|研究所|研究中心|实验室|创新中心|发展中心)/g)) {
      const at = from + m.index!;
      // (a firm's short name before the dash is a brand and trade: 徐工|机械)
      if (!/^(大学|学院|公司|集团)$/.test(m[1]!) && !this.trade.test(text.slice(this.leftBoundary(text, words, wordAt, at + 2, from, "Organization", false), at + 2))) continue;
      // (the partner's name, not a clause: 山东大学—济宁能源|签署合作共建…研究中心)
      if (/(签署|签订|合作|共建|成立|举行|建设)/.test(m[0])) continue;
      const edge = /^(大学|学院|公司|集团)$/.test(m[1]!) ? at : at + 2;
      if (wordAt.get(edge) === undefined && edge === at) continue;
      const start = this.leftBoundary(text, words, wordAt, edge, from, "Organization", false);
      if (start >= edge) continue;
      out.push({ type: /实验室$/.test(m[2]!) ? "Lab" : "Organization", start, end: at + m[0].length });
    }
    return out;
  }

  /**
   * A town by its name and 镇 (临沭镇), also where the register no longer lists it (towns are renamed
   * subdistricts, 临沭镇 → 临沭街道): a proper name of two or three characters before 镇. The register's
   * own towns are read by the dictionary instead (the extractor skips a pattern town it knows).
   */
  private towns(words: Word[]): PatternMatch[] {
    const out: PatternMatch[] = [];
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      let start = -1;
      if (w.word === "镇" && k > 0) {
        const p = words[k - 1]!;
        if (p.word.length >= 2 && p.word.length <= 3 && /^(ns|nr|nz|x|j)$/.test(p.tag)) start = p.start;
      } else if (/^[\u4e00-\u9fa5]{2,3}镇$/.test(w.word) && !this.seg.lexicon.has(w.word)) start = w.start;
      if (start < 0) continue;
      const stem = [...words.slice(k - (w.word === "镇" ? 1 : 0), k + 1)].map((x) => x.word).join("").replace(/镇$/, "");
      // (nor a title a town is awarded: 全国千强镇, 菏泽市文明镇)
      if (/^(全|各|该|本|我|城|乡|村|小|古|名|重|强|集|特色|中心|建制|千强|百强|文明|示范|明星|卫生|生态|旅游|美丽|宜居|经济|工业|商贸|专业)/.test(stem) || [...stem].some((c) => FUNCTION_CHARS.has(c))) continue;
      out.push({ type: "Town", start, end: w.end });
    }
    return out;
  }

  /** The names of a semicolon list (semicolonRun) that stand in the sentence `from`…`to`. */
  private semicolonLists(text: string, from: number, to: number): PatternMatch[] {
    if (!/[;；]/.test(text[to - 1] ?? "") && !/[;；]/.test(text[from - 1] ?? "")) return [];
    const run = this.semicolonRun(text, from);
    if (!run) return [];
    const type: NodeType = run.noun === "项目" ? "Project" : "Organization";
    const out: PatternMatch[] = [];
    for (const [a, b] of run.items) {
      if (a < from || b > to) continue;
      const name = text.slice(a, b);
      if (name.length < 3 || name.length > 60 || !NAME_CHARS.test(name.replace(/[、—]/g, "")) || COUNT.test(name) || this.isGeneric(name)) continue;
      // a road or railway among projects keeps its own kind (临沂至滕州公路): the line patterns read it
      if (SUFFIXES.some(([x, t]) => t === "Infrastructure" && name.endsWith(x)) || /(公路|铁路|高速)$/.test(name)) continue;
      // (every item takes the shared ending, a park too: …国际高端装备制造产业园 → …产业园项目)
      const own = /(项目|工程)$/.test(name) || PHASE_ANY.test(name.slice(-2));
      out.push({ type, start: a, end: b, enumeration: b, ...(type === "Project" && !own ? { canonical: `${name}项目` } : {}) });
    }
    return out;
  }

  /**
   * What a sentence that counts projects says they mainly are ("全区完成项目38个,…,主要包括嘉泰化工一期、利民化工
   * 嘧啶、汉凌生化。", "在建项目68个,…主要包括新华鸿钢铁和润扬电子"): each item is a project, or the firm where it
   * is a brand and its trade (润扬电子). An item must name one thing: a word of its own (a brand), no count, no
   * generic phrase; an item with an ending of its own (…项目, …产业园) is read by that ending.
   */
  private projectsIncluded(text: string, from: number, to: number): PatternMatch[] {
    const out: PatternMatch[] = [];
    if (!hasAny(text, from, to, "包括", "主要有", "分别是", "分别为")) return out;
    for (const m of text.slice(from, to).matchAll(PROJECTS_INCLUDED)) {
      let a = from + m.index! + m[0].length - m[1]!.length;
      const end = a + m[1]!.replace(/等[^、]*$/, "").length;
      for (const item of text.slice(a, end).split(/、|和|及/)) {
        const b = a + item.length;
        const at = a;
        a = b + 1;
        if (item.length < 4 || item.length > 12 || !NAME_CHARS.test(item) || COUNT.test(item) || this.isGeneric(item) || this.isPlace(item) || SUFFIXES.some(([x]) => item.endsWith(x)) || /至|段$|(铁路|高铁|高速|公路)/.test(item)) continue;
        // (a brand and its trade is the firm, whatever words jieba knows it by: 润扬/v|电子; with a product
        // after the trade it is the firm's project: 利民|化工|嘧啶)
        const firm = this.trade.test(item);
        const product = !firm && [...this.tradeWords].some((t) => { const i = item.indexOf(t); return i >= 2 && i <= 4 && item.length - i - t.length >= 2; });
        if (!firm && !product && !this.specificText(item)) continue;
        out.push({ type: firm ? "Organization" : "Project", start: at, end: b, enumeration: at });
      }
    }
    return out;
  }

  /** Past the full division names (临沂市, 河东区) that open `start`…`at`, where two or three characters are left. */
  private afterFullPlaces(text: string, start: number, at: number): number {
    let pos = start;
    for (let moved = true; moved; ) {
      moved = false;
      for (let len = Math.min(6, at - pos - 2); len >= 2; len--) {
        const w = text.slice(pos, pos + len);
        if (/[省市区县]$/.test(w) && this.isFullPlace(w)) {
          pos += len;
          moved = true;
          break;
        }
      }
    }
    return pos > start && at - pos >= 2 && at - pos <= 3 ? pos : start;
  }

  /** A place and a direction ending at `end` (郑州东|至): where it starts, or -1. */
  private stationBefore(text: string, from: number, end: number): [number, number] {
    if (!/[东西南北]/.test(text[end - 1] ?? "")) return [-1, -1];
    for (let a = Math.max(from, end - 5); a <= end - 3; a++) if (this.isPlace(text.slice(a, end - 1))) return [a, end];
    return [-1, -1];
  }

  /** A place and a direction starting at `start` (至|杭州东), not a word that goes on (南部, 北路, 东站). */
  private stationAfter(text: string, start: number, to: number): [number, number] {
    for (let b = Math.min(to, start + 5); b >= start + 3; b--) {
      if (!/[东西南北]/.test(text[b - 1]!) || /^[部方面侧站区路郊城门环京海]/.test(text[b] ?? "")) continue;
      if (this.isPlace(text.slice(start, b - 1))) return [start, b];
    }
    return [-1, -1];
  }

  /**
   * "A项目、B项目、C项目…": in a list whose items each end with 项目, an item between two 、 (or opening its
   * clause after its lead-in, or closing it) is a name from one mark to the next, whatever its words
   * (三友家具项目、小气凡照明电器项目): the items are of one kind, and the list's marks bound them. A last
   * item that runs on into the predicate (…滤清器项目标准化厂房…) is read by its ending instead.
   */
  private parallelItems(text: string, from: number, to: number, words: Word[], wordAt: WordIndex): PatternMatch[] {
    const out: PatternMatch[] = [];
    for (let c = from; c < to; ) {
      let e = c;
      while (e < to && !/[,。;:!?，；：！？\s]/.test(text[e]!)) e++;
      const items: [number, number][] = [];
      for (let a = c, k = c; k <= e; k++) {
        if (k === e || text[k] === "、") {
          items.push([a, k]);
          a = k + 1;
        }
      }
      const ending = (n: number) => (text.slice(items[n]![0], items[n]![1]).endsWith("项目") ? "项目" : undefined);
      for (let n = 0; n < items.length; n++) {
        const end = ending(n);
        // (one of its neighbours ends alike: the list is one of projects)
        // (the last item too where 项目 closes its clause: "…、济宁中海宏洋“中海城”项目、中梁商业地产项目;")
        if (!end || !((n + 1 < items.length && ending(n + 1) === end) || (n > 0 && ending(n - 1) === end))) continue;
        let [a, b] = items[n]!;
        // (the first item after its lead-in: 分别是|运河职业培训学院项目)
        if (n === 0) {
          const lead = /^(分别是|分别为|包括|主要有|依次为|即|有)/.exec(text.slice(a, b));
          if (lead) a += lead[0].length;
        }
        const stem = text.slice(a, b - end.length);
        if (stem.length < 2 || b - a > 24 || !NAME_CHARS.test(stem) || COUNT.test(stem) || this.isGeneric(stem) || this.commonWords(stem) || /[的等]/.test(stem) || this.classesProjects(stem) || this.verbOnProjects(this.seg.words(stem, 0, stem.length).map((w) => w.word))) continue;
        // (the first item opens its clause with no lead-in: nothing but nouns before the ending, 三友|家具)
        if (n === 0) {
          const ws = words.filter((w) => w.start >= a && w.end <= b - end.length);
          if (ws.length === 0 || wordAt.get(a) === undefined || ws.some((w) => !/^(n|nz|nr|nrt|ns|nt|x|eng|j|b)$/.test(w.tag) || this.leadIn.has(w.word))) continue;
        }
        out.push({ type: "Project", start: a, end: b });
      }
      c = e + 1;
    }
    return out;
  }

  /** "推动A、B、C等25个项目": A, B, C are projects; the head noun after 等 gives the type. */
  private enumerations(text: string, from: number, to: number, words: Word[], wordAt: WordIndex): PatternMatch[] {
    const out: PatternMatch[] = [];
    // (each list below closes at 等, holds a 、 or is a pair counted as two, 2个: most sentences have none
    // of them, and need no scan)
    if (!hasAny(text, from, to, "等", "、", "个")) return out;
    // the head noun may follow a long tail: "A、B、C等一批总投资超百亿元、带动能力强的重点项目"
    const HEAD = LIST_HEAD;
    // or a count may close the list without 等: "春佳、博远、盛世鑫光三个玻纤制品企业", "…、华力车辆3个项目"
    // ("5大工程机械企业" counts them too)
    const COUNTED_HEAD = /^[0-9一二三四五六七八九十两]+(?:个|家|所|项|大)[^,。;:!?、]{0,12}?(重点实验室|实验室|项目|企业|公司|集团|品牌|高校|院所|园区|医院|机构)/;
    // where the clause that holds position `i` starts
    const clauseFrom = (i: number): number => {
      let s = i;
      while (s > from && !/[,。;:!?，；：！？\s]/.test(text[s - 1]!)) s--;
      return s;
    };
    for (let i = from; i < to; i++) {
      // the whole head from 等 (or put in its place) to the head noun, and the noun
      let head: { text: string; noun: string; kinds?: boolean; join?: number } | null = null;
      // (等 inside a word, 高等教育, 中等职业, closes no list)
      const within = words[wordAt.get(i) ?? -1];
      if (text[i] === "等" && !(within && within.start < i && this.seg.lexicon.has(within.word))) {
        const m = HEAD.exec(text.slice(i, Math.min(to, i + 40)));
        // (the fields of an honour a unit was named for are no units: "五沟镇被评为招商引资、法制宣传…等先进单位")
        const honour = !!m && /^(单位|企业|集体)$/.test(m[1]!) && HONOURED.test(text.slice(clauseFrom(i), i));
        if (m && !honour) head = { text: m[0], noun: m[1]! };
      } else if (/[0-9一二三四五六七八九十两]/.test(text[i]!) && i > from && /[\u4e00-\u9fa5]/.test(text[i - 1]!) && !/[0-9一二三四五六七八九十两第等、]/.test(text[i - 1]!) && words[wordAt.get(i) ?? -1]?.start === i) {
        const m = COUNTED_HEAD.exec(text.slice(i, Math.min(to, i + 24)));
        // (what stands between the count and the head noun says what kind they are, and does nothing:
        // not "携带522项科技成果深度拥抱徐州企业")
        // (a relative clause with 的 describes them too: 三个|筹建的|安徽省重点实验室)
        const kind = m?.[0].slice(0, m[0].length - m[1]!.length).replace(/^[0-9一二三四五六七八九十两]+(个|家|所|项|大)/, "").replace(/^[^的]{1,6}的/, "");
        // (and stands outside quotes: “河南省13个中小企业特色产业集群之一” is one designation, no count of firms)
        const before = text.slice(clauseFrom(i), i);
        const quoted = (before.match(/[“]/g) ?? []).length > (before.match(/[”]/g) ?? []).length;
        // (two joined by 和 make a list of two where the count says two: "中通快递和雨润冷链物流2个项目")
        const pair = !before.includes("、") && /^[2两二]个/.test(m?.[0] ?? "") && (before.match(/和|与|及/g) ?? []).length === 1 ? before.search(/和|与|及/) : -1;
        // (a count of "big" ones, 5大…企业, counts firms only: 三大工业园区 are fields, 做大铝、医药…)
        const big = !!m && /^[0-9一二三四五六七八九十两]+大/.test(m[0]) && !/^(企业|公司|集团)$/.test(m[1]!);
        // (one thing closes no list, and a time clause lists nothing: "继A、B之后又一个…项目")
        const one = !!m && /^[1一]个/.test(m[0]);
        const since = TIME_CLAUSE_END.test(before);
        if (m && !big && !one && !since && !quoted && (before.includes("、") || pair > 0) && !this.seg.words(kind!, 0, kind!.length).some((w) => /^(v|vd|vi|d|ad|p|r|ul)$/.test(w.tag))) head = { text: "等" + m[0], noun: m[1]!, ...(pair > 0 ? { join: clauseFrom(i) + pair } : {}) };
      }
      // or the kind of project closes it: "既有A、B、C“填补空白”龙头项目,也有D、E强链、补链项目"
      else if (text[i - 1] !== "、" && i > from && /[\u4e00-\u9fa5A-Za-z0-9]/.test(text[i - 1]!) && text[i - 1] !== "等") {
        const kind = this.modifiedHead.exec(text.slice(i, Math.min(to, i + 24)));
        if (kind && (i === 0 || words[wordAt.get(i) ?? -1]?.start === i || /[“"]/.test(text[i]!))) {
          const list = text.slice(clauseFrom(i), i);
          // (the last item must read as a name: not "…等徐州投资项目", not a sentence with a person's title)
          const last = list.split("、").pop()!;
          // (nor a time clause: "继A、B之后又一个…项目" says what came before, it lists nothing)
          // (nor a relative clause: "促进产业发展、蓄势赋能的重大项目" lists what the projects do)
          // (nor a clause with a verb of its own: "王昊、陈忠伟率队来洪观摩|重大项目" says who came)
          if (list.includes("、") && last.length <= 20 && !last.includes("等") && !/的$/.test(last) && !this.titles.test(last) && !TIME_CLAUSE_END.test(last) && !this.seg.words(last, 0, last.length).some((w) => /^v/.test(w.tag) && (this.leadIn.has(w.word) || /^(率队|带队|来到|陪同|出席|前往)$/.test(w.word)))) head = { text: "等" + kind[0], noun: "项目", kinds: true };
        }
      }
      if (!head) continue;
      // a long tail before the head noun is a modifier ("等一批…带动能力强的重点项目"), not a predicate
      // that goes on to name something else ("徐静、孙飞等分别介绍了菏泽市企业…")
      // (a sum the items pass is a measure, not a predicate: "等6个过10亿元项目")
      // (nor is a project's stage of building, 在建, 续建)
      const tail = head.text.slice(1, head.text.length - head.noun.length).replace(/(超|过|超过)[0-9.]*(亿|万)元?/g, "").replace(/(在建|续建|新建|拟建|已建)/g, "");
      if (!tail.includes("的") && this.seg.words(tail, 0, tail.length).some((w) => /^(d|ul|uz|ug|uguo|p|r)$/.test(w.tag))) continue;
      // (nor after a modifier's 的: "等同志的陪同下参观了企业" goes on to what they did)
      const afterDe = tail.slice(tail.lastIndexOf("的") + 1);
      if (tail.includes("的") && this.seg.words(afterDe, 0, afterDe.length).some((w) => /^(ul|uz|ug|uguo|p)$/.test(w.tag))) continue;
      // people are listed: "A、B等同志", "等领导", "等一行"
      if (/^(同志|领导|人员|一行|嘉宾|专家|代表|负责人)/.test(tail)) continue;
      // the items are ways, fields or steps, and the noun the object of a predicate ("…等方式引进企业")
      if (/^(方式|形式|渠道|途径|手段|措施|举措|方面|领域|环节|模式)/.test(tail)) continue;
      // "集A、B、C等为一体的企业" lists what one firm does; "北京、天津等地…企业" lists places
      // (but "等在内的" includes them: "A、B等在内的数百家企业")
      if (/^(为|于|在(?!内)|地)/.test(tail) || /[于为]一体/.test(tail)) continue;
      // after the modifier's 的 comes one noun phrase: "等多个国家和地区的500余名科技精英、60余所高校院所" lists other things
      // (a list of quoted titles they bear is one modifier: 等“独角兽”、“瞪羚”企业)
      if (!head.kinds && tail.split("的").pop()!.replace(/“[^”]{1,8}”、?/g, "").includes("、")) continue;
      const type: NodeType | undefined =
        head.noun === "项目" || head.noun === "综合体" ? "Project" : head.noun === "园区载体" || head.noun === "园区" || head.noun === "载体" ? "Zone" : /实验室$/.test(head.noun) ? "Lab" : "Organization";
      // (labs listed by their fields take the list's kind: "智能计算及应用、…三个筹建的安徽省重点实验室")
      const labKind = type === "Lab" ? head.text.replace(/^等?[0-9一二三四五六七八九十两]*(?:个|家|所|项)?/, "").replace(/^.*的/, "") : "";
      // back to the start of the clause
      let s = clauseFrom(i);
      // (a comma may stand for the last 、: "锐巴新材、麒祥集团、鲁驰、三杰,瑞昌等项目")
      let comma = -1;
      if (text[s - 1] === "," && i - s <= 6 && !text.slice(s, i).includes("、")) {
        const before = clauseFrom(s - 1);
        // (where every item is a short name: no verb, preposition or adverb in any, the first one's lead-in aside)
        const pieces = text.slice(before, i).split(/[、,]/);
        const plain = (x: string) => x.length >= 2 && x.length <= 6 && !this.seg.words(x, 0, x.length).some((w) => /^(v|vn|vd|p|d|c|u|uj|r)$/.test(w.tag));
        if (pieces.length >= 3 && pieces.slice(1).every(plain)) {
          comma = s - 1;
          s = before;
        }
      }
      const items: [number, number][] = [];
      let itemStart = s;
      for (let k = s; k <= i; k++) {
        if (k === i || text[k] === "、" || k === comma || k === head.join) {
          items.push([itemStart, k]);
          itemStart = k + 1;
        }
      }
      // (a list closed by 等 before the kind is closed there: what follows it describes the items,
      // 拓深科技|等多个科技含量高、发展后劲足的|优质项目)
      if (head.kinds) {
        const closed = items.findIndex(([a, b]) => text.slice(a, b).includes("等"));
        if (closed >= 0) items.splice(closed, items.length - closed, [items[closed]![0], text.indexOf("等", items[closed]![0])]);
      }
      // (a list parted by semicolons is read by semicolonLists)
      if (/[;；]/.test(text[s - 1] ?? "") && this.semicolonRun(text, s, i)) continue;
      if (items.length === 0) continue;
      // the first item starts after the verb that introduces the list
      let verb: string | undefined;
      const first = items[0]!;
      let k = wordAt.get(first[0]);
      let fs = first[0];
      // (in a list of pairs the first pair's 与 is no lead-in: "包括南开大学与新沂市政府、…")
      const pairs = /合作/.test(head.text);
      const join = pairs ? text.indexOf("与", first[0]) : -1;
      const leadEnd = join >= 0 && join < first[1] ? join : first[1];
      if (k !== undefined) {
        let lastLead = -1;
        for (let j = k; j < words.length && words[j]!.end <= leadEnd; j++) {
          const w = words[j]!.word;
          // (及 and 和 join inside an item: 拓仕达智慧城市及安全智能建设项目; so does 至 between two places: 潍坊至烟台)
          if (/^(及|和)$/.test(w) && j > k) continue;
          if (w === "至" && j > k && this.isPlace(words[j - 1]!.word) && words[j + 1] && this.isPlace(words[j + 1]!.word)) continue;
          // (a registered name opens with its province: what follows it to the legal form is the name's,
          // 有|安徽和正农牧股份有限公司)
          if (j > k && this.isPlace(w) && /(有限公司|有限责任公司|股份公司)$/.test(text.slice(words[j]!.start, leadEnd)) && (lastLead === j - 1 || this.leadIn.has(words[j - 1]!.word) || /^v/.test(words[j - 1]!.tag))) {
            lastLead = j - 1;
            verb = words[j - 1]!.word;
            break;
          }
          // (nor does a field after 及/和 open a predicate: 智能计算及|应用)
          if (j > k + 1 && /^(及|和)$/.test(words[j - 1]!.word) && /^(v|vn)$/.test(words[j]!.tag) && NAME_CHARS.test(words[j - 2]!.word) && !this.leadIn.has(w)) continue;
          // (主要有|洪达化工: jieba glues the verb of "(主要/还/现)有A、B" to an unknown first name)
          if (words[j]!.tag === "x" && w.length >= 3 && w[0] === "有" && j > 0 && /^(b|d|zg|tg|t)$/.test(words[j - 1]!.tag)) {
            lastLead = -1;
            verb = "有";
            fs = words[j]!.start + 1;
            continue;
          }
          // (以|绿润公司: jieba glues a preposition to the unknown name after it, as in leftBoundary)
          if (words[j]!.tag === "x" && w.length >= 3 && GLUED_PREPOSITION.test(w) && !this.isPlace(w)) {
            lastLead = -1;
            fs = words[j]!.start + 1;
            continue;
          }
          // (中 after a verb or at the item's start opens a state-owned brand, 谈|中|新桥电子, |中|地|乳业: a
          // locative 中 follows the noun it places, 园区中)
          if (w === "中" && (j === k || /^v/.test(words[j - 1]!.tag)) && words[j + 1] && words[j + 1]!.end <= leadEnd && /^[\u4e00-\u9fa5]/.test(words[j + 1]!.word)) {
            lastLead = j - 1 >= k ? j - 1 : -1;
            if (lastLead >= 0) verb = words[lastLead]!.word;
            break;
          }
          if (this.leadIn.has(w) || this.leadVerbEndings.endOf(w) || !NAME_CHARS.test(w) || COUNT.test(w) || outsideName(words, j)) {
            lastLead = j;
            verb = w;
          }
        }
        if (lastLead >= 0) fs = words[lastLead]!.end;
      }
      if (type === "Organization") fs = this.bracketBrand(text, words, wordAt, fs, first[0]);
      items[0] = [fs, first[1]];
      // "A及B等项目": two projects, where each side is one (理士锂离子动力电池及荣盛智能家居)
      if (type === "Project") {
        for (let n = items.length - 1; n >= 0; n--) {
          const [a, b] = items[n]!;
          const m = /^(.{4,}?)(及|和|以及)(.{4,})$/.exec(text.slice(a, b));
          if (!m) continue;
          const sides = [m[1]!, m[3]!].map((x) => this.specificText(x));
          if (sides.every(Boolean)) items.splice(n, 1, [a, a + m[1]!.length], [b - m[3]!.length, b]);
        }
      }
      // "A园和B园": two names, where each side ends like a name of its own (百善食品工业园和口子产业园)
      // (A与B is a pair of partners: read below)
      for (let n = items.length - 1; n >= 0 && !pairs; n--) {
        const [a, b] = items[n]!;
        const m = /^(.{3,}?)(和|及|以及)(.{3,})$/.exec(text.slice(a, b));
        // (of one kind: 新能源产业及…示范园 is one park's field and kind, not a cluster and a park)
        const kindOf = (x: string) => SUFFIXES.filter(([e]) => x.endsWith(e)).sort((p, q) => q[0].length - p[0].length)[0]?.[1];
        if (!m || !kindOf(m[1]!) || kindOf(m[1]!) !== kindOf(m[3]!)) continue;
        items.splice(n, 1, [a, a + m[1]!.length], [b - m[3]!.length, b]);
      }
      // how many items are plainly names (a brand the dictionary does not know, a place…)
      const namedSiblings = items.filter(([a, b]) => this.specificText(text.slice(a, b))).length;
      // "A与B、C与D等…合作项目": the items are pairs of partners, each side a name of its own
      for (let [a, b] of items) {
        if (pairs) {
          const pair = /^(.{2,}?)与(.{2,})$/.exec(text.slice(a, b));
          if (pair) {
            for (const [x, y] of [[a, a + pair[1]!.length], [b - pair[2]!.length, b]] as const) {
              const side = text.slice(x, y);
              // a government is its place, which the dictionary reads
              // (and a person's team, 院士团队, is no organisation)
              if (NAME_CHARS.test(side) && !/(政府|团队)$/.test(side) && !this.generic.has(side) && !this.isGeneric(side)) out.push({ type: "Organization", start: x, end: y, enumeration: i });
            }
            continue;
          }
        }
        // a description before the name ends at 的 or at a kind it restates: "亚洲最大的刨花板项目大亚木业"
        // (but a kind the name ends with is no name: 中德中小企业|园)
        const lead = /^.*(的|项目|企业|——)(?=.)/.exec(text.slice(a, b));
        const rest = lead ? text.slice(a + lead[0].length, b) : "";
        // (nor is a rest that names nothing of its own: 中小企业|科技创新成果转化示范园 is one park)
        if (lead && lead[0].length < b - a && !(lead[1] !== "的" && (rest.length < 2 || SUFFIXES.some(([x]) => x === rest) || (lead[1] !== "——" && !this.specificText(rest))))) a += lead[0].length;
        // (an item described as a firm is the firm, whatever the list's head: 龙头企业|金朋达、…等5个项目)
        const firm = type === "Project" && (lead?.[1] === "企业" || (!lead && text.slice(a - 2, a) === "企业"));
        // (a name listed before it with 以及 is an item of its own: "G60科创园投资运营项目以及太阳能…项目")
        const conj = /^(以及|及|和|与)/.exec(text.slice(a, b));
        if (lead && conj) a += conj[0].length;
        // (a foreign firm is named without its country: 日本|小松山推、美国|伊顿液压…等企业)
        const country = type === "Organization" || type === "Project" ? COUNTRY_AT_START.exec(text.slice(a, b)) : null;
        if (country && b - a - country[0].length >= 2) a += country[0].length;
        // (and a foreign firm among projects is the firm: 韩国大象、德国博世…等一系列重大合作项目)
        if (country && type === "Project" && b - a >= 2 && b - a <= 8 && !/(项目|工程)$/.test(text.slice(a, b))) {
          out.push({ type: "Organization", start: a, end: b, leadVerb: verb, enumeration: i });
          continue;
        }
        const name = text.slice(a, b);
        if (name.length < 2 || name.length > 24 || !NAME_CHARS.test(name) || this.generic.has(name) || COUNT.test(name)) continue;
        // (an item wholly in quotes is a title or a designation the list confers: “中国棉纺织名城”)
        if (/^[“"].*[”"]$/.test(name)) continue;
        // (a government's department among the units a list names, 县发改委、县自规局, is no organisation)
        if (type === "Organization" && /(局|委|办|厅)$/.test(name) && !BUREAU_NAME.test(name) && !/铁路局$/.test(name)) continue;
        // (two characters name a project only among plainly named siblings, and only where they are no common word)
        if (name.length === 2 && type !== "Organization" && !(type === "Project" && namedSiblings >= 2 && this.specificText(name))) continue;
        if (this.isGeneric(name) || (type === "Project" && this.classesProjects(name.replace(/项目$/, "")))) continue;
        // (places and zones listed before their key projects are whose projects they are: 山东省、济宁市、济宁高新区重点项目141个)
        if (type === "Project" && (this.isPlace(name) || this.isFullPlace(name) || /(高新区|开发区|经开区|新区|园区)$/.test(name))) continue;
        // items sharing the ending 项目 each take it (A、B等项目 → A项目), unless they end like a name already
        // (a facility named by its kind, …制造基地, …服务中心, ends like a name too)
        const own = SUFFIXES.some(([x]) => name.endsWith(x)) || PHASE_ANY.test(name.slice(-2)) || /(基地|中心)$/.test(name);
        // an enumerated project needs what any project name needs (not 传统硅加工, 农副产品深加工), and a
        // listed field is no park ("循环经济、机械制造等4大专业产业园区")
        // (a brand and trade, 百分食品, 双叶工艺, is a name among others that are plainly names)
        if ((type === "Project" || type === "Zone") && !own && !this.specificText(name) && !(type === "Project" && namedSiblings >= 2 && this.trade.test(name))) continue;
        // a firm needs a name too: what it makes (注塑、冷凝管、压缩机等…企业) or a country (土库曼斯坦) is none
        if (type === "Organization" && !own && (this.commonWords(name) || this.foreignPlace(name))) continue;
        if (firm) {
          out.push({ type: "Organization", start: a, end: b, leadVerb: verb, enumeration: i });
          continue;
        }
        // (a registered company in a list of projects is named as the company: 安徽善研服装有限公司、…等项目)
        if (type === "Project" && /(有限公司|有限责任公司|股份公司|集团公司|集团)$/.test(name)) {
          out.push({ type: "Organization", start: a, end: b, leadVerb: verb, enumeration: i });
          continue;
        }
        // (a list of lines, "…等5个高铁项目", names lines: 潍坊至烟台 is the 潍坊至烟台高铁)
        // (and an item named as a line is the line, whatever the list calls it: 济莱高铁、…等5个在建高铁项目)
        // (a national or provincial road's number is the road: G206、G104、S302等…公路项目)
        if (type === "Project" && (/(高铁|城际铁路|铁路|高速公路|高速|机场)$/.test(name) && name.length >= 4 || /^[GS][0-9]{1,4}$/.test(name))) {
          out.push({ type: "Infrastructure", start: a, end: b, leadVerb: verb, enumeration: i });
          continue;
        }
        const lineKind = type === "Project" ? /(高铁|城际铁路|铁路|高速公路|高速)项目$/.exec(head.text)?.[1] : undefined;
        if (lineKind && !own && /至/.test(name)) {
          // (an item that names its line or section already keeps its name: 京沪高铁二通道潍坊至新沂段)
          const named = /(高铁|铁路|高速|通道|段)/.test(name);
          out.push({ type: "Infrastructure", start: a, end: b, leadVerb: verb, enumeration: i, ...(named ? {} : { canonical: `${name}${lineKind}` }) });
          continue;
        }
        if (type === "Lab") {
          if (!own && /^[\u4e00-\u9fa5]{0,6}重点实验室$/.test(labKind)) out.push({ type, start: a, end: b, leadVerb: verb, enumeration: i, canonical: `${name}${labKind}` });
          continue;
        }
        // (an item that names itself a project is one, whatever the list calls it: …总部经济项目、…基地项目等多家…企业)
        const itemType = type !== "Project" && /(项目|工程)$/.test(name) && this.specificText(name.replace(/(项目|工程)$/, "")) ? "Project" : type;
        // (a sector between 等 and 项目 is part of the ending every item takes: 华能、欣旺达等光伏项目 → 华能光伏项目)
        const sector = type === "Project" && head.noun === "项目" && !head.kinds ? /^等([\u4e00-\u9fa5]{2,3})项目$/.exec(head.text)?.[1] : undefined;
        // (a field the dictionary knows as a noun, not a word of kind or status: not 重点, 签约, 优质)
        const ending = sector && (this.tradeWords.has(sector) || /^(n|nz|vn|j)$/.test(this.seg.lexicon.get(sector)?.tag ?? "")) && !this.projectModifiers.has(sector) && !this.isGeneric(sector) ? `${sector}项目` : "项目";
        out.push({ type: itemType, start: a, end: b, leadVerb: verb, enumeration: i, ...(type === "Project" && !own ? { canonical: `${name}${ending}` } : {}) });
      }
    }
    return out;
  }
}

/**
 * The spans of the items of a list "A、B、C" that starts at `at`, where `count` (3, 三, 十三) is their number;
 * undefined where the count says something else.
 */
function countedSpans(list: string, count: string, at: number): [number, number][] | undefined {
  const items = list.split("、");
  if (countValue(count) !== items.length) return undefined;
  return items.map((item) => {
    const span: [number, number] = [at, at + item.length];
    at += item.length + 1;
    return span;
  });
}

/** The value of a small count written in digits or Chinese numerals (13, 十三, 三). */
function countValue(s: string): number {
  if (/^[0-9]+$/.test(s)) return Number(s);
  const digit = (c: string | undefined) => (c ? "一二三四五六七八九".indexOf(c) + 1 : 0);
  const ten = s.indexOf("十");
  if (ten < 0) return s.length === 1 ? digit(s) : -1;
  return (ten === 0 ? 1 : digit(s[ten - 1])) * 10 + digit(s[ten + 1]);
}
