import type { help as nb } from '../nb/help';

/** The help page in nynorsk (hjelp-nn.html), the same shape as the bokmål one. */
export const help: typeof nb = {
  title: 'Hjelp til Behovsmelding',
  description: 'Kva Excel-tillegget Behovsmelding gjer, korleis du bruker det, personvern og tilgjengelegheit.',
  otherLanguage: 'Les på bokmål',
  contents: 'Innhald',
  version: (p) => `Behovsmelding versjon ${p.version}`,
  sections: {
    about: {
      heading: 'Kva Behovsmelding gjer',
      blocks: [
        'Behovsmelding er eit tillegg til Excel for barnehage- og skuleeigarar som melder behov for statlege midlar til kompetanseutvikling saman med eit universitet eller ein høgskule (UH). Tiltaka står som rader i eit rekneark; tillegget sjekkar dei mot reglane for tilskotsrunden, markerer kvart problem på cella det gjeld, og lagar ei ferdig formatert behovsmelding.',
        'Tillegget endrar aldri verdiane dine utan at du sjølv ber om det, og det endrar aldri fargar, kantlinjer eller talformat du har sett. Markeringane er vilkårsbunden formatering som tillegget fjernar igjen med **Fjern markering**.',
      ],
    },
    steps: {
      heading: 'Slik bruker du panelet',
      blocks: [
        'Opn arbeidsboka med tiltaka, og vel **Vis panel** i gruppa **Behovsmelding** på den første fana i bandet.',
        {
          steps: [
            'Trykk **Valider**. Tillegget finn tabellen med tiltaka, sjekkar kvar rad og markerer problema på cellene. Oppsummeringa øvst seier kor mange feil og åtvaringar det er.',
            'Gå gjennom funna med **Neste feil** og **Førre feil** (eller Alt+pil ned og Alt+pil opp). Kvart funn seier kva som er gale, korleis det blir retta, og kva regel det byggjer på (**Kjelde**).',
            'Rett cellene i arket. Panelet sjekkar på nytt når du har skrive noko. Der rett verdi er sikker, til dømes eit beløp skrive som tekst, kan du rette med eitt klikk; er verdien berre sannsynleg, spør panelet først.',
            'Manglar arket Partnerskap, fyller du det ut i skjemaet for arket Partnerskap i panelet.',
            'Trykk **Lag behovsmelding**. Tillegget lagar eitt formatert ark per melding, klart til utskrift. Har tabellen framleis feil, blir meldinga merka **UTKAST**.',
            'Trykk **Eksporter** for å få meldinga som Excel-fil, PDF eller JSON. Kva som skjer med fila, avheng av kvar du bruker Excel; panelet seier det kvar gong.',
          ],
        },
        'Under **Profil** ser du kva reglar som blir brukte, og kvifor. Under **Kolonnar** rettar du kva kolonne som er kva, om tillegget har gjetta feil. Begge vala blir lagra i arbeidsboka.',
        'Knappen **Valider** i bandet sjekkar og markerer utan å opne panelet, med same profil som panelet har valt.',
      ],
    },
    rules: {
      heading: 'Kvar reglane kjem frå',
      blocks: [
        'Reglane for ein tilskotsrunde ligg i ein **profil**: ordningane, fasane, fristane, grensene for koordinator, eigenandel og varigheit, og kva reglar som gjeld. Profilane byggjer på dei offentlege dokumenta for ordningane, som brukarrettleiinga for behovsmeldingar og retningslinjene frå statsforvaltaren. Under kvart funn står **Kjelde**: dokumentet og sitatet regelen byggjer på.',
        'Ein profil er **fastsett** når han byggjer på vedtekne dokument, og **førebels** når noko enno ikkje er stadfesta; då seier panelet kva som er usikkert. Kompetansenettverket eller samarbeidsforumet kan dele ut ein eigen profil som fil, og du lastar han inn under **Profil**.',
        'Tillegget er eit hjelpemiddel. Det er statsforvaltaren og samarbeidsforumet som avgjer søknaden, ikkje tillegget.',
      ],
    },
    privacy: {
      heading: 'Personvern: kva som forlèt maskina',
      blocks: [
        'Alt tillegget gjer, skjer i Excel på maskina di (eller i nettlesaren din i Excel på nettet). Tillegget sender ingen data frå arbeidsboka til nokon tenar, bruker ikkje informasjonskapslar og fører ingen statistikk over bruken.',
        {
          list: [
            'Programfilene til tillegget blir henta frå nettenaren der verksemda di har lagt dei.',
            'Office-biblioteket office.js blir henta frå nettstaden til Microsoft, `appsforoffice.microsoft.com`, slik Microsoft krev for alle tillegg. office.js er ein del av Office og kan sende tekniske data om Office til Microsoft, slik resten av Office gjer; det blir styrt av avtalen og innstillingane verksemda har for Microsoft 365, ikkje av tillegget.',
            'Vala dine (profil, kolonnar og kva markeringar tillegget har laga) blir lagra i sjølve arbeidsboka og følgjer fila.',
            'Eksporterte filer blir lagra der du sjølv vel, eller lagde på utklippstavla.',
          ],
        },
      ],
    },
    accessibility: {
      heading: 'Tilgjengelegheitserklæring',
      blocks: [
        'Offentlege verksemder skal følgje forskrift om universell utforming av IKT-løsninger, som krev at løysingane oppfyller WCAG 2.1 på nivå AA. Målet er at Behovsmelding gjer det. Slik er det sjekka, og dette veit vi at ikkje er godt nok enno:',
        {
          list: [
            '**Testa automatisk:** panelet blir sjekka med verktøyet axe i nettlesaren Chromium i alle trinn av arbeidsflyten, 320 og 1366 pikslar breitt, i lyst og mørkt tema, og denne hjelpesida blir sjekka på same måten. Panelet er laga for å brukast med tastaturet åleine; testane sjekkar ein del av det: Alt+pil mellom feila, at fokus blir verande på knappen du brukte, at sida ikkje må rullast sidelengs, og at det som endrar seg, står i eit område skjermlesarar les opp.',
            '**Ikkje berre farge:** ein feil blir markert med feit skrift og heiltrekt ramme, ei åtvaring med kursiv og stipla ramme.',
            '**Ikkje testa:** panelet er ikkje prøvd med skjermlesarar (NVDA, JAWS, Skjermleser i Windows, VoiceOver) og ikkje i ekte Excel; det er heller ikkje gjort ein manuell gjennomgang av ein fagperson. Automatiske testar finn berre ein del av problema.',
            '**Kjende manglar:** PDF-en av meldinga er ikkje strukturmerkt (tagga), så han er vanskeleg å lese med skjermlesar; bruk Excel-fila eller meldingsarket i staden. Meldingsarket er ikkje sjekka med tilgjengelegheitskontrollen i Excel.',
          ],
        },
        'Finn du noko som ikkje verkar for deg, sei frå til brukarstøtta (sjå nedanfor), så det kan bli retta.',
      ],
    },
    trouble: {
      heading: 'Når noko ikkje verkar',
      blocks: [
        '**Sjekk oppsettet** under Hjelp i panelet prøver alt tillegget gjer i Excel på eit mellombels ark som blir sletta etterpå, og viser kva Excel du har og kva som verkar. Arka dine blir ikkje rørte. Kopier teksten og send han med når du melder frå om ein feil.',
        'Viser panelet ein gamal versjon etter ei oppdatering, lukk Excel heilt og opn det igjen. Hjelper ikkje det, kan brukarstøtta tømme Office-hurtigbufferen på maskina.',
      ],
    },
    contact: {
      heading: 'Kontakt',
      blocks: [
        {
          list: [
            '**Bruk av tillegget og feil:** brukarstøtta (IT) i verksemda di, som har installert tillegget. Legg ved teksten frå **Sjekk oppsettet**.',
            '**Reglane i tilskotsordninga:** statsforvaltaren i fylket ditt, eller kompetansenettverket og samarbeidsforumet i regionen.',
          ],
        },
      ],
    },
  },
};
