// The demo agency's page text in the kit's five languages, as an agency CMS would hold it.
// The services are the illustrative fixtures from test/fixtures/services.json.

export const siteLanguages = [
  { lang: 'uz-Latn', label: 'Oʻzbekcha' },
  { lang: 'uz-Cyrl', label: 'Ўзбекча' },
  { lang: 'kaa-Latn', label: 'Qaraqalpaqsha' },
  { lang: 'ru', label: 'Русский' },
  { lang: 'en', label: 'English' },
];

export const pageText = {
  'uz-Latn': {
    title: 'Davlat xizmatlari — namunaviy agentlik sayti',
    brand: 'Davlat xizmatlari (namuna)',
    languagesLabel: 'Til',
    heading: 'Davlat xizmatlari',
    lead: 'Maʼlumotnomalar va arizalar onlayn: uydan chiqmasdan, navbatsiz.',
    popular: 'Eng koʻp foydalaniladigan xizmatlar',
    footer: 'Bu Qulay komponentlar toʻplamining namunaviy sayti. Maʼlumotlar taxminiy.',
  },
  'uz-Cyrl': {
    title: 'Давлат хизматлари — намунавий агентлик сайти',
    brand: 'Давлат хизматлари (намуна)',
    languagesLabel: 'Тил',
    heading: 'Давлат хизматлари',
    lead: 'Маълумотномалар ва аризалар онлайн: уйдан чиқмасдан, навбатсиз.',
    popular: 'Энг кўп фойдаланиладиган хизматлар',
    footer: 'Бу Qulay компонентлар тўпламининг намунавий сайти. Маълумотлар тахминий.',
  },
  'kaa-Latn': {
    title: 'Mámleketlik xızmetler — úlgi agentlik saytı',
    brand: 'Mámleketlik xızmetler (úlgi)',
    languagesLabel: 'Til',
    heading: 'Mámleketlik xızmetler',
    lead: 'Maǵlıwmatnamalar hám arzalar onlayn: úyden shıqpay, gezeksiz.',
    popular: 'Eń kóp paydalanılatuǵın xızmetler',
    footer: 'Bul Qulay komponentler toplamınıń úlgi saytı. Maǵlıwmatlar shamalı.',
  },
  ru: {
    title: 'Государственные услуги — демонстрационный сайт ведомства',
    brand: 'Государственные услуги (демо)',
    languagesLabel: 'Язык',
    heading: 'Государственные услуги',
    lead: 'Справки и заявления онлайн: не выходя из дома и без очередей.',
    popular: 'Самые востребованные услуги',
    footer: 'Демонстрационный сайт набора компонентов Qulay. Данные условные.',
  },
  en: {
    title: 'State services — a demo agency site',
    brand: 'State services (demo)',
    languagesLabel: 'Language',
    heading: 'State services',
    lead: 'Certificates and applications online: from home, with no queue.',
    popular: 'Most used services',
    footer: 'A demo site for the Qulay component kit. The data is illustrative.',
  },
};
