/** A timeline event in the page's list: <li class="tl-event" id="event-<id>">; its id is read from the address it answers to. */
export const EVENT_ITEM = 'li.tl-event';

export const eventIdOf = (item: Element): string => item.id.slice('event-'.length);
