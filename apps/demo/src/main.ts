// Placeholder until the elements exist: the key numbers, published and counted, as plain text.
import { categoryCounts, statusCounts, unregisteredMunicipalities } from '@kl-digital/core';
import { dataset } from '@kl-digital/core/dataset';
import '@kl-digital/elements';
import '@kl-digital/elements/fonts.css';

function item(value: number, text: string): HTMLLIElement {
  const li = document.createElement('li');
  const strong = document.createElement('strong');
  strong.textContent = String(value);
  li.append(strong, text);
  return li;
}

const figures = document.getElementById('figures')!;
for (const figure of dataset.mapping.keyFigures) figures.append(item(figure.value, `${figure.wording} (af ${figure.of})`));

const counts = document.getElementById('counts')!;
const byCategory = categoryCounts(dataset);
for (const category of dataset.categories) counts.append(item(byCategory[category.id], category.label.da));
counts.append(item(unregisteredMunicipalities(dataset).length, 'kommuner står ikke i kortlægningen'));
const status = statusCounts(dataset);
counts.append(item(status.expired, 'dokumenter er udløbet i dag, efter deres periode'));
