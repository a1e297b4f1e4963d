import type { Activity, Entity } from 'botbuilder';

interface MentionEntity extends Entity {
  type: 'mention';
  text?: string;
  mentioned?: { id?: string; name?: string; type?: string; properties?: { type?: string } };
}

function mentionEntities(activity: Partial<Activity>): MentionEntity[] {
  return (activity.entities ?? []).filter((entity): entity is MentionEntity => entity?.type === 'mention');
}

/** True when the activity @mentions the bot (its recipient). */
export function mentionsBot(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return mentionEntities(activity).some((entity) => botId !== undefined && entity.mentioned?.id === botId);
}

/** The message text with the bot's `<at>…</at>` mention removed and whitespace tidied. */
export function textWithoutBotMention(activity: Partial<Activity>): string {
  let text = typeof activity.text === 'string' ? activity.text : '';
  const botId = activity.recipient?.id;
  for (const entity of mentionEntities(activity)) {
    if (entity.mentioned?.id === botId && typeof entity.text === 'string' && entity.text !== '') {
      text = text.split(entity.text).join(' ');
    }
  }
  // Teams can leave a bare "<at>Name</at>" when entities are missing; strip any that remain for the bot's name.
  const botName = activity.recipient?.name;
  if (botName) text = text.split(`<at>${botName}</at>`).join(' ');
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** A Teams tag to notify (configured per playbook in HELPDESK_TAGS). */
export interface HelpdeskTag {
  id: string;
  name: string;
}

/**
 * The `<at>` text and mention entity that make Teams notify everyone in a tag (standard channels only). The type sits
 * in `mentioned.properties` so botbuilder's serializer keeps it; `tagMentionMiddleware` lifts it to `mentioned.type`.
 */
export function tagMention(tag: HelpdeskTag): { text: string; entity: MentionEntity } {
  const text = `<at>${tag.name.replace(/[<>]/g, '')}</at>`;
  return {
    text,
    entity: { type: 'mention', text, mentioned: { id: tag.id, name: tag.name, properties: { type: 'tag' } } },
  };
}
