
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0382d73823585617': str`${0}: ${1}`,
's03c44f5a1b0581d4': `tanlangan`,
's061cc20e3432dead': `Pauza`,
's07733503b383d73d': `Asl holatga qaytarish`,
's087da107b52b85e2': str`${0}×`,
's0f652f74c11f3825': `Matnlar, kartochkalar va shakllarda tinglash tugmalari.`,
's1125d159f7e64df5': `Koʻrinish`,
's115c43099006ae32': `Bu brauzer matnni ovoz chiqarib oʻqiy olmaydi.`,
's11fdceabe7befeff': `Maxsus imkoniyatlar`,
's1b646b7189883206': `Tinglash`,
's1c1f74e57a259829': str`Bu qurilmada «${0}» tili uchun ovoz yoʻq, shuning uchun bu matnni ovoz chiqarib oʻqib boʻlmaydi.`,
's34db396535bfbde7': `Harakatni kamaytirish`,
's3683a00a0fd77f9f': str`Ovoz: ${0}`,
's3bf6fb51ae2350c7': `Ekran oʻquvchi rejimi`,
's457d59d649765619': `Asosiy mazmunga oʻtish`,
's4994626701dde47e': `Sahifani ovoz chiqarib oʻqish`,
's4caed5b7a7e5d89b': `ingliz`,
's53a526d5c80c3e28': `Oddiy`,
's5bc98d6c14b1d2c6': `Ovoz chiqarib oʻqish`,
's5d1b483e4e8ab6c9': `Animatsiyalarsiz.`,
's5e8250fb85d64c23': `Yopish`,
's5fe0bfab40f89743': `Qurilmangiz sozlamalarida yoqilgan.`,
's65c57ab12ad63bcc': `qoraqalpoq`,
's66da146c9f6ba983': `Matn oʻlchami`,
's7191d5925e34a090': `Maxsus imkoniyatlar sozlamalari`,
's7f067591fe051cc1': `oʻzbek (lotin)`,
's84a89aa5da625be7': `tanlanmagan`,
's89118d3a7be870ca': `Davom ettirish`,
's8ed99fa83f2d90a9': `Ekran oʻquvchi va ovoz`,
's8f8a412605476d18': `Toʻqroq ranglar va qalinroq chegaralar.`,
's904fefb3d01cb2ae': `boʻsh`,
's9583456b2b0c4ecb': `Soddalashtirilgan koʻrinish`,
's9e7c1fb956fc6243': `Saytdagi matn shunday koʻrinadi.`,
'sa30c12014e955946': `rus`,
'sae6cdc21fb208726': `Juda katta`,
'sbfd8389cc7ff84af': `Ekran oʻquvchi foydalanuvchilari uchun qoʻshimcha tavsiflar va ovozli xabarlar.`,
'sc0a2605e5fbba0b9': `Bir vaqtda bitta asosiy amal, tafsilotlar soʻrov boʻyicha, kattaroq tugmalar.`,
'sc8736ef79380e634': `Katta`,
'sce0f2ba21379447c': `oʻzbek (kirill)`,
'scf19f84b2a59767c': `Oʻqish tezligi`,
'sd9ad53251f2330a5': `Toʻxtatish`,
'se60a4867465d5d31': `Yuqori kontrast`,
'sefcf950b3cc4fc3b': `Til`,
'sf111797de7f75d6b': `Barcha maxsus imkoniyatlar sozlamalari asl holatiga qaytarildi.`,
    };
  