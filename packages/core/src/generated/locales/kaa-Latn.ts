
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0382d73823585617': str`${0}: ${1}`,
's03c44f5a1b0581d4': `tańlanǵan`,
's061cc20e3432dead': `Pauza`,
's07733503b383d73d': `Dáslepki halına qaytarıw`,
's087da107b52b85e2': str`${0}×`,
's0f652f74c11f3825': `Tekstler, kartochkalar hám formalarda tıńlaw túymeleri.`,
's1125d159f7e64df5': `Kórinis`,
's115c43099006ae32': `Bul brauzer tekstti dawıs shıǵarıp oqıy almaydı.`,
's11fdceabe7befeff': `Arnawlı múmkinshilikler`,
's1b646b7189883206': `Tıńlaw`,
's1c1f74e57a259829': str`Bul qurılmada «${0}» tili ushın dawıs joq, sonıń ushın bul tekstti dawıs shıǵarıp oqıp bolmaydı.`,
's34db396535bfbde7': `Háreketti azaytıw`,
's3683a00a0fd77f9f': str`Dawıs: ${0}`,
's3bf6fb51ae2350c7': `Ekran oqıwshı rejimi`,
's457d59d649765619': `Tiykarǵı mazmunǵa ótiw`,
's4994626701dde47e': `Betti dawıs shıǵarıp oqıw`,
's4caed5b7a7e5d89b': `inglis`,
's53a526d5c80c3e28': `Ápiwayı`,
's5bc98d6c14b1d2c6': `Dawıs shıǵarıp oqıw`,
's5d1b483e4e8ab6c9': `Animaciyalarsız.`,
's5e8250fb85d64c23': `Jabıw`,
's5fe0bfab40f89743': `Qurılmańız sazlawlarında qosılǵan.`,
's65c57ab12ad63bcc': `qaraqalpaq`,
's66da146c9f6ba983': `Tekst ólshemi`,
's7191d5925e34a090': `Arnawlı múmkinshilikler sazlawları`,
's7f067591fe051cc1': `ózbek (latın)`,
's84a89aa5da625be7': `tańlanbaǵan`,
's89118d3a7be870ca': `Dawam ettiriw`,
's8ed99fa83f2d90a9': `Ekran oqıwshı hám dawıs`,
's8f8a412605476d18': `Qoyıraq reńler hám qalıńıraq shegaralar.`,
's904fefb3d01cb2ae': `bos`,
's9583456b2b0c4ecb': `Ápiwayılastırılǵan kórinis`,
's9e7c1fb956fc6243': `Saytaǵı tekst usılay kórinedi.`,
'sa30c12014e955946': `rus`,
'sae6cdc21fb208726': `Júda úlken`,
'sbfd8389cc7ff84af': `Ekran oqıwshı paydalanıwshıları ushın qosımsha táripler hám dawıslı xabarlar.`,
'sc0a2605e5fbba0b9': `Bir waqıtta bir tiykarǵı háreket, tolıq maǵlıwmat soraw boyınsha, úlkenirek túymeler.`,
'sc8736ef79380e634': `Úlken`,
'sce0f2ba21379447c': `ózbek (kirill)`,
'scf19f84b2a59767c': `Oqıw tezligi`,
'sd9ad53251f2330a5': `Toqtatıw`,
'se60a4867465d5d31': `Joqarı kontrast`,
'sefcf950b3cc4fc3b': `Til`,
'sf111797de7f75d6b': `Barlıq arnawlı múmkinshilikler sazlawları dáslepki halına qaytarıldı.`,
    };
  