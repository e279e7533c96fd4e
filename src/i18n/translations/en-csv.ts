/**
 * English column headers of the CSV download of `<pa-directory>`, apart from the English core (./en.ts): the CSV
 * writer (src/components/directory/csv-export.ts, loaded on the first download) adds them to the English fallback
 * (`registerEnglish`). Other languages keep theirs in their own file.
 */
const enCsv = {
  directory: {
    csv: {
      id: 'ID',
      title: 'Title',
      partners: 'Partners',
      countries: 'Countries',
      type: 'Type',
      fields: 'Fields',
      levels: 'Levels',
      status: 'Status',
      start: 'Start',
      end: 'End',
      programme: 'Programme',
      places: 'Places per year',
      links: 'Links',
      contacts: 'Contacts',
    },
  },
};

export default enCsv;
