import type en from './en.ts';

export default {
  title: 'Aujourd’hui',
  birthdaysTitle: 'Anniversaires des deux prochaines semaines',
  loading: 'Recherche des anniversaires…',
  noBirthdays: 'Aucun anniversaire dans les deux prochaines semaines.',
  noBirthdaysHint: 'Ajoutez un anniversaire à un contact (le jour et le mois suffisent) et il apparaîtra ici.',
  today: 'Aujourd’hui',
  tomorrow: 'Demain',
  inDays: '{days, plural, one {Dans # jour} other {Dans # jours}}',
  turns: '{age, plural, =1 {fête son premier anniversaire} other {fête ses # ans}}',
  glanceTitle: 'Votre carnet d’adresses',
  people: '{count, plural, one {# contact ou entreprise} other {# contacts et entreprises}}',
  emptyTitle: 'Bienvenue dans Carnet',
  emptyBody: 'Tout reste dans un seul fichier, sur cet ordinateur. Commencez par ajouter quelqu’un, ou faites venir vos contacts.',
} satisfies Record<keyof typeof en, string>;
